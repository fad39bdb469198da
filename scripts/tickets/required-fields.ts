/**
 * The two fields no ticket can do without, checked the same way by every
 * importer: an id, and a creation time (every report is placed by it).
 * Each throws a `RowError` that names the vendor's column.
 */
import type { TimestampParser } from './parse-timestamp.ts';
import { RowError } from './row-error.ts';

/** The id read from a CSV `column`; throws when it is empty. */
export function requireId(value: string, column: string): string {
  if (!value) throw new RowError(`${column} is empty: every ticket needs an id`, { column, value });
  return value;
}

/**
 * The creation time read from `column` in the import's time zone; throws
 * when it is empty or a placeholder. `record` names what the vendor calls a ticket.
 */
export function requireCreatedAt(time: TimestampParser, value: unknown, column: string, record: 'ticket' | 'conversation' = 'ticket'): string {
  const created = time(value, column, true);
  if (!created) throw new RowError(`${column} is empty: every ${record} needs a creation time`, { column, value: value === null || value === undefined ? '' : String(value) });
  return created;
}

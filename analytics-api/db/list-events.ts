/**
 * Reads raw events in id order, for `GET /api/export` and `kb analytics pull`.
 * It pages with `id > last` instead of holding one cursor open, so a caller
 * may pause between rows (to write a network stream) while the same
 * connection keeps committing new events.
 */
import type { Database } from 'better-sqlite3';
import { eventColumns, type StoredEvent } from './event-row.ts';
import { prepared } from './statement-cache.ts';

export type { StoredEvent } from './event-row.ts';

/** Which events `listEvents` returns; all bounds are optional. */
export interface ListEventsOptions {
  /** Only events with an id greater than this (the last id a previous pull saw). */
  sinceId?: number;
  /** Only events received at or after this time, ms since the epoch. */
  from?: number;
  /** Only events received before this time, ms since the epoch. */
  to?: number;
  /** Rows read per page (default 1000). */
  pageSize?: number;
}

// The unary `+` keeps SQLite from using the received_at index here: walking
// the primary key from `id > ?` is already in order, while the index would
// make it re-sort the whole range for every page.
const SELECT_PAGE = `
  SELECT ${eventColumns.join(', ')} FROM events
  WHERE id > ? AND +received_at >= ? AND +received_at < ?
  ORDER BY id LIMIT ?`;

// No event received at or after `from` has a smaller id than this, so the
// id scan can start there instead of at the beginning of the table.
const FIRST_ID_FROM = 'SELECT MIN(id) FROM events WHERE received_at >= ?';

/** Iterates stored events in id order. */
export function* listEvents(db: Database, options: ListEventsOptions = {}): Generator<StoredEvent, void, undefined> {
  const from = options.from ?? 0;
  const to = options.to ?? Number.MAX_SAFE_INTEGER;
  const pageSize = options.pageSize ?? 1000;
  let after = options.sinceId ?? 0;
  if (from > 0) {
    const first = prepared<[number], number | null>(db, FIRST_ID_FROM).pluck().get(from);
    if (first === null || first === undefined) return;
    after = Math.max(after, first - 1);
  }
  const page = prepared<[number, number, number, number], StoredEvent>(db, SELECT_PAGE);
  for (;;) {
    const rows = page.all(after, from, to, pageSize);
    yield* rows;
    const last = rows.at(-1);
    if (last === undefined || rows.length < pageSize) return;
    after = last.id;
  }
}

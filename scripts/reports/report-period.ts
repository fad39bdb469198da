/**
 * The period a report covers, from `--since 7d` or `--from`/`--to`. Days
 * are calendar days in the report time zone; `--to` names the last day
 * included. Periods are half-open: [from, to).
 */
import { DateTime } from 'luxon';
import { UsageError } from '../cli/user-error.ts';

/** A report period. */
export interface ReportPeriod {
  from: Date;
  to: Date;
  /** Length in days (fractional for periods that do not start at midnight). */
  days: number;
}

/** What the command line gave. */
export interface PeriodOptions {
  since?: string;
  from?: string;
  to?: string;
  /** Length when nothing is given. */
  defaultDays: number;
  timezone: string;
  now?: Date;
}

const DAY_MS = 86_400_000;

/** Resolves the period; throws a UsageError that shows the accepted forms. */
export function resolvePeriod(options: PeriodOptions): ReportPeriod {
  const now = options.now ?? new Date();
  if (options.since && (options.from || options.to)) throw new UsageError('Pass either --since or --from/--to, not both.');
  let from: Date;
  let to: Date;
  if (options.from || options.to) {
    to = options.to ? parseBound(options.to, options.timezone, true, '--to') : now;
    from = options.from ? parseBound(options.from, options.timezone, false, '--from') : new Date(to.getTime() - options.defaultDays * DAY_MS);
  } else {
    const days = options.since ? parseSince(options.since) : options.defaultDays;
    to = now;
    from = new Date(now.getTime() - days * DAY_MS);
  }
  if (from.getTime() >= to.getTime()) {
    throw new UsageError(`The period is empty: --from (${from.toISOString()}) must come before --to (${to.toISOString()}).`);
  }
  return { from, to, days: (to.getTime() - from.getTime()) / DAY_MS };
}

/** "7d", "2w" or "12h" as days. */
export function parseSince(text: string): number {
  const m = /^(\d{1,4})([hdw])$/.exec(text.trim());
  if (!m || Number(m[1]) === 0) throw new UsageError(`--since "${text}" is not a length: use a number and h, d or w, like 7d, 2w or 36h.`);
  const n = Number(m[1]);
  return m[2] === 'h' ? n / 24 : m[2] === 'w' ? n * 7 : n;
}

function parseBound(text: string, zone: string, end: boolean, flag: string): Date {
  const value = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = DateTime.fromISO(value, { zone });
    if (!day.isValid) throw new UsageError(`${flag} "${text}" is not a real day: use YYYY-MM-DD, like 2026-03-01.`);
    return (end ? day.plus({ days: 1 }) : day).startOf('day').toJSDate();
  }
  const instant = DateTime.fromISO(value, { zone, setZone: true });
  if (!instant.isValid) throw new UsageError(`${flag} "${text}" is not a date: use YYYY-MM-DD or an ISO 8601 time like 2026-03-01T09:00:00Z.`);
  return instant.toJSDate();
}

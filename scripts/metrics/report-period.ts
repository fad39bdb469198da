/**
 * The period a dashboard covers: an ISO week (`2026-W47`), a month
 * (`2026-11`) or a range of dates, all read in the support team's time
 * zone, so a week runs from Monday 00:00 to the next Monday 00:00 local
 * time (167 or 169 hours across a DST change). Periods are [from, to).
 */
import { DateTime } from 'luxon';
import { UsageError } from '../cli/user-error.ts';
import { lastCompleteWeek as lastCompleteIsoWeek, parseIsoWeek } from '../weekly/iso-week.ts';

/** A period in ms since the epoch, [from, to), with its label. */
export interface ReportPeriod {
  label: string;
  from: number;
  to: number;
  /** Whole local days in the period. */
  days: number;
  kind: 'week' | 'month' | 'range';
}

function days(from: DateTime, to: DateTime): number {
  return Math.round(to.startOf('day').diff(from.startOf('day'), 'days').days);
}

function fromLocal(start: DateTime, end: DateTime, label: string, kind: ReportPeriod['kind']): ReportPeriod {
  return { label, from: start.toMillis(), to: end.toMillis(), days: days(start, end), kind };
}

/** Parses `2026-W47` in `zone` (the same ISO weeks as `kb weekly`). */
export function weekPeriod(week: string, zone: string): ReportPeriod {
  const parsed = parseIsoWeek(week, zone);
  return fromLocal(DateTime.fromJSDate(parsed.from, { zone }), DateTime.fromJSDate(parsed.to, { zone }), parsed.name, 'week');
}

/** Parses `2026-11` in `zone`. */
export function monthPeriod(month: string, zone: string): ReportPeriod {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) throw new UsageError(`--month "${month}" is not a month: use the form 2026-11.`);
  const start = DateTime.fromObject({ year: Number(m[1]), month: Number(m[2]), day: 1 }, { zone });
  return fromLocal(start, start.plus({ months: 1 }), month, 'month');
}

/** Parses `--from` and `--to` dates (both days included) in `zone`. */
export function rangePeriod(from: string, to: string, zone: string): ReportPeriod {
  const start = DateTime.fromISO(from, { zone });
  const last = DateTime.fromISO(to, { zone });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !start.isValid) throw new UsageError(`--from "${from}" is not a date: use YYYY-MM-DD.`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(to) || !last.isValid) throw new UsageError(`--to "${to}" is not a date: use YYYY-MM-DD.`);
  if (last < start) throw new UsageError(`--to ${to} is before --from ${from}: swap them.`);
  return fromLocal(start, last.plus({ days: 1 }), `${from} to ${to}`, 'range');
}

/** The period just before: the previous week or month, or a range of the same number of days. */
export function previousPeriod(period: ReportPeriod, zone: string): ReportPeriod {
  const start = DateTime.fromMillis(period.from, { zone });
  if (period.kind === 'week') {
    const prev = start.minus({ weeks: 1 });
    return fromLocal(prev, start, `${prev.weekYear}-W${String(prev.weekNumber).padStart(2, '0')}`, 'week');
  }
  if (period.kind === 'month') {
    const prev = start.minus({ months: 1 });
    return fromLocal(prev, start, prev.toFormat('yyyy-MM'), 'month');
  }
  const prev = start.minus({ days: period.days });
  return fromLocal(prev, start, `${prev.toISODate()} to ${start.minus({ days: 1 }).toISODate()}`, 'range');
}

/** The last ISO week that ended at or before `now`, in `zone`. */
export function lastCompleteWeek(now: number, zone: string): ReportPeriod {
  return weekPeriod(lastCompleteIsoWeek(new Date(now), zone).name, zone);
}

/** The last calendar month that ended at or before `now`, in `zone`. */
export function lastCompleteMonth(now: number, zone: string): ReportPeriod {
  const start = DateTime.fromMillis(now, { zone }).startOf('month').minus({ months: 1 });
  return monthPeriod(start.toFormat('yyyy-MM'), zone);
}

/** A local date and time for people: "Mon 16 Nov 2026 00:00". */
export function formatLocal(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat('ccc d LLL yyyy HH:mm');
}

/**
 * Which daily rollup rows a time range covers: the days that start inside
 * [from, to). Pruning removes whole UTC days, so a day is either all raw
 * events or one rollup row, never both.
 */
import type { TimeRange } from './time-range.ts';
import { DAY_MS, utcDate } from './utc-day.ts';

export interface DayRange {
  /** First day included, YYYY-MM-DD. */
  fromDay: string;
  /** First day no longer included, YYYY-MM-DD. */
  toDay: string;
}

export function rollupDays(range: TimeRange): DayRange {
  return {
    fromDay: utcDate(Math.ceil(range.from / DAY_MS) * DAY_MS),
    toDay: utcDate(Math.ceil(range.to / DAY_MS) * DAY_MS),
  };
}

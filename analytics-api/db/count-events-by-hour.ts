/**
 * Views, searches and zero-result searches per hour of a time range, so
 * the dashboard can sum them into days of the team's time zone (a UTC day
 * is not the team's day). Raw events only: the dashboard looks at the last
 * two weeks, well inside retention.
 */
import type { Database } from 'better-sqlite3';
import { prepared } from './statement-cache.ts';
import type { TimeRange } from './time-range.ts';

export interface HourCounts {
  /** Start of the hour, ms since the epoch. */
  hour: number;
  views: number;
  searches: number;
  zero_result_searches: number;
}

/** Counts per hour of the raw events in [@from, @to); the SQL runs on both engines (integer division on both). */
export const COUNT_EVENTS_BY_HOUR = `
  SELECT (received_at / 3600000) * 3600000 AS hour,
    SUM(CASE WHEN type = 'view' THEN 1 ELSE 0 END) AS views,
    SUM(CASE WHEN type = 'search' THEN 1 ELSE 0 END) AS searches,
    SUM(CASE WHEN type = 'search' AND results = 0 THEN 1 ELSE 0 END) AS zero_result_searches
  FROM events
  WHERE type IN ('view', 'search') AND received_at >= @from AND received_at < @to
  GROUP BY hour ORDER BY hour`;

/** Counts per hour of `range`, hours without events left out. */
export function countEventsByHour(db: Database, range: TimeRange): HourCounts[] {
  return prepared<[TimeRange], HourCounts>(db, COUNT_EVENTS_BY_HOUR).all(range);
}

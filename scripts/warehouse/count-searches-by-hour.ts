/** Search volume over time, for trends: per hour so callers can bucket by their own days. */
import { prepared } from '../../analytics-api/db/statement-cache.ts';
import type { EventPeriod } from './list-warehouse-events.ts';
import type { Warehouse } from './open-warehouse.ts';
import { periodMs } from './time-bound.ts';

/** Searches that started in one hour (ms since the epoch of the hour's start). */
export interface HourlySearches {
  hour: number;
  searches: number;
  zero_results: number;
}

/** Searches and zero-result searches per hour with `ts` in [from, to), oldest first. */
export function countSearchesByHour(db: Warehouse, period: EventPeriod = {}): HourlySearches[] {
  return prepared<[number, number], HourlySearches>(
    db,
    `SELECT (ts / 3600000) * 3600000 AS hour, COUNT(*) AS searches, SUM(results = 0) AS zero_results FROM events
     WHERE type = 'search' AND ts >= ? AND ts < ? GROUP BY 1 ORDER BY 1`,
  ).all(...periodMs(period));
}

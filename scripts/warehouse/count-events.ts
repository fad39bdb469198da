/** How many analytics events the warehouse holds for a period. */
import { prepared } from '../../analytics-api/db/statement-cache.ts';
import type { EventPeriod } from './list-warehouse-events.ts';
import type { Warehouse } from './open-warehouse.ts';
import { periodMs } from './time-bound.ts';

/** Events with `ts` in [from, to), any type. */
export function countEvents(db: Warehouse, period: EventPeriod = {}): number {
  const row = prepared<[number, number], { n: number }>(db, 'SELECT COUNT(*) AS n FROM events WHERE ts >= ? AND ts < ?').get(...periodMs(period));
  return row?.n ?? 0;
}

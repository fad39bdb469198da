/** Article views in a period, from pulled analytics events. */
import { prepared } from '../../analytics-api/db/statement-cache.ts';
import type { EventPeriod } from './list-warehouse-events.ts';
import type { Warehouse } from './open-warehouse.ts';
import { periodMs } from './time-bound.ts';

/** Views per article slug with `ts` in [from, to). */
export function countArticleViews(db: Warehouse, period: EventPeriod = {}): Map<string, number> {
  const rows = prepared<[number, number], { article: string; views: number }>(
    db,
    `SELECT article, COUNT(*) AS views FROM events
     WHERE type = 'view' AND ts >= ? AND ts < ? AND article IS NOT NULL GROUP BY article`,
  ).all(...periodMs(period));
  return new Map(rows.map((r) => [r.article, r.views]));
}

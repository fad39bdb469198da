/** Remembers how far each analytics source has been pulled, so the next pull starts there. */
import { prepared } from '../../analytics-api/db/statement-cache.ts';
import type { Warehouse } from './open-warehouse.ts';

/** The last event id pulled from `source`, or 0 when it was never pulled. */
export function getPullCursor(db: Warehouse, source: string): number {
  const row = prepared<[string], { last_id: number }>(db, 'SELECT last_id FROM event_pulls WHERE source = ?').get(source);
  return row?.last_id ?? 0;
}

/** Records that events up to `lastId` from `source` are in the warehouse. */
export function savePullCursor(db: Warehouse, source: string, lastId: number, now = new Date()): void {
  prepared(
    db,
    `INSERT INTO event_pulls (source, last_id, pulled_at) VALUES (?, ?, ?)
     ON CONFLICT (source) DO UPDATE SET last_id = max(last_id, excluded.last_id), pulled_at = excluded.pulled_at`,
  ).run(source, lastId, now.toISOString());
}

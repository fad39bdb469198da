/** Reads pulled analytics events back from the warehouse. */
import { prepared } from '../../analytics-api/db/statement-cache.ts';
import type { Warehouse } from './open-warehouse.ts';
import { periodMs, type TimePeriod } from './time-bound.ts';
import type { WarehouseEvent } from './warehouse-event.ts';

/** A period over the events' client time `ts`: [from, to), either end open. */
export type EventPeriod = TimePeriod;

const SELECT = `SELECT id, type, session, visitor, ts, received_at, article, vote, reason, comment, query, results, position, locale
FROM events WHERE ts >= ? AND ts < ? ORDER BY ts, id`;

/** Events with `ts` in [from, to), oldest first (ties by id). */
export function listWarehouseEvents(db: Warehouse, period: EventPeriod = {}): WarehouseEvent[] {
  return prepared<[number, number], WarehouseEvent>(db, SELECT).all(...periodMs(period));
}

/** The same events one at a time, for periods too large to hold in memory. */
export function iterateWarehouseEvents(db: Warehouse, period: EventPeriod = {}): IterableIterator<WarehouseEvent> {
  return prepared<[number, number], WarehouseEvent>(db, SELECT).iterate(...periodMs(period));
}

/** Copies analytics events into the warehouse, keyed by the service's event id. */
import { prepared } from '../../analytics-api/db/statement-cache.ts';
import type { Warehouse } from './open-warehouse.ts';
import type { WarehouseEvent } from './warehouse-event.ts';

const INSERT = `INSERT OR IGNORE INTO events (id, type, session, visitor, ts, received_at, article, vote, reason, comment, query, results, position)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Stores events in one transaction; events already present (same id) are skipped. */
export function saveWarehouseEvents(db: Warehouse, events: readonly WarehouseEvent[]): { inserted: number; skipped: number } {
  const insert = prepared(db, INSERT);
  let inserted = 0;
  db.transaction(() => {
    // Positional binding: a million events are bound field by field.
    for (const e of events) {
      inserted += insert.run(e.id, e.type, e.session, e.visitor, e.ts, e.received_at, e.article, e.vote, e.reason, e.comment, e.query, e.results, e.position).changes;
    }
  })();
  return { inserted, skipped: events.length - inserted };
}

/**
 * Copies analytics events into the warehouse, keyed by the service's event
 * id. A vote with a vote key replaces the warehouse's earlier votes with the
 * same key (the service did the same), so one address counts once per
 * article per day here too.
 */
import { prepared } from '../../analytics-api/db/statement-cache.ts';
import type { Warehouse } from './open-warehouse.ts';
import type { WarehouseEvent } from './warehouse-event.ts';

const INSERT = `INSERT OR IGNORE INTO events (id, type, session, visitor, ts, received_at, article, vote, reason, comment, query, results, position, vote_key, locale)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const DELETE_REPLACED_VOTES = "DELETE FROM events WHERE type = 'vote' AND vote_key = ? AND id < ?";

/** Stores events in one transaction; events already present (same id) are skipped. */
export function saveWarehouseEvents(db: Warehouse, events: readonly WarehouseEvent[]): { inserted: number; skipped: number } {
  const insert = prepared(db, INSERT);
  const replace = prepared(db, DELETE_REPLACED_VOTES);
  let inserted = 0;
  db.transaction(() => {
    // Positional binding: a million events are bound field by field.
    for (const e of events) {
      const added = insert.run(e.id, e.type, e.session, e.visitor, e.ts, e.received_at, e.article, e.vote, e.reason, e.comment, e.query, e.results, e.position, e.vote_key ?? null, e.locale ?? null).changes;
      if (added > 0 && e.type === 'vote' && e.vote_key) replace.run(e.vote_key, e.id);
      inserted += added;
    }
  })();
  return { inserted, skipped: events.length - inserted };
}

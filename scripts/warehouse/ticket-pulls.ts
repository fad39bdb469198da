/** Remembers how far `kb tickets pull` has read each helpdesk, so the next pull starts there. */
import { prepared } from '../../analytics-api/db/statement-cache.ts';
import type { Warehouse } from './open-warehouse.ts';

/** The stored cursor of `source`, or undefined when it was never pulled. */
export function getTicketCursor(db: Warehouse, source: string): string | undefined {
  return prepared<[string], { cursor: string }>(db, 'SELECT cursor FROM ticket_pulls WHERE source = ?').get(source)?.cursor;
}

/** Records that `source` has been read up to `cursor`, adding `tickets` to its count. */
export function saveTicketCursor(db: Warehouse, source: string, cursor: string, tickets: number, now = new Date()): void {
  prepared(
    db,
    `INSERT INTO ticket_pulls (source, cursor, pulled_at, tickets) VALUES (?, ?, ?, ?)
     ON CONFLICT (source) DO UPDATE SET cursor = excluded.cursor, pulled_at = excluded.pulled_at, tickets = tickets + excluded.tickets`,
  ).run(source, cursor, now.toISOString(), tickets);
}

/** Forgets the cursor of `source` (`--restart`). */
export function deleteTicketCursor(db: Warehouse, source: string): void {
  prepared(db, 'DELETE FROM ticket_pulls WHERE source = ?').run(source);
}

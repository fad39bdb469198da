/**
 * Records a delivery: the request is `delivered`, with the target's ticket
 * id, and its text (`payload`) is deleted — the analytics database keeps no
 * message once the helpdesk has it.
 */
import type { Database } from 'better-sqlite3';
import { prepared } from '../db/statement-cache.ts';

const DELIVERED = `
  UPDATE contact_requests
  SET status = 'delivered', delivered_at = ?, remote_id = ?, last_status = ?, last_error = NULL, claimed_until = NULL, payload = NULL
  WHERE id = ? AND status = 'sending'`;

export function markDelivered(db: Database, id: string, options: { now: number; remoteId: string | null; status: number | null }): void {
  prepared(db, DELIVERED).run(options.now, options.remoteId, options.status, id);
}

/**
 * Makes the requests a previous process had claimed due again. Run once
 * when the service starts: one server owns a database file, so a claim
 * still open at start belongs to a process that was killed between sending
 * and recording, and the request goes out again (same idempotency key).
 */
import type { Database } from 'better-sqlite3';
import { prepared } from '../db/statement-cache.ts';

export function releaseClaims(db: Database, now: number): number {
  return prepared(db, `UPDATE contact_requests SET status = 'pending', next_attempt_at = ?, claimed_until = NULL WHERE status = 'sending'`).run(now).changes;
}

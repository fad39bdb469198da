/**
 * `kb contact retry`: makes dead-lettered (or still waiting) requests due
 * now with a fresh count of attempts. With no ids, every dead-lettered
 * request. Delivered requests have no text left and cannot be sent again.
 */
import type { Database } from 'better-sqlite3';
import { prepared } from '../db/statement-cache.ts';
import type { ContactRequestStatus } from './contact-request-row.ts';

/** What happened to each id asked for. */
export interface RetryResult {
  retried: string[];
  /** Ids that are delivered (nothing to resend) or being sent right now. */
  skipped: Array<{ id: string; status: ContactRequestStatus }>;
  unknown: string[];
}

const RETRY_ONE = `UPDATE contact_requests SET status = 'pending', attempts = 0, next_attempt_at = ?, last_error = NULL, last_status = NULL WHERE id = ? AND status IN ('dead', 'pending')`;

export function retryContactRequests(db: Database, ids: readonly string[], now: number): RetryResult {
  const result: RetryResult = { retried: [], skipped: [], unknown: [] };
  db.transaction(() => {
    const targets = ids.length > 0 ? ids : prepared<[], { id: string }>(db, `SELECT id FROM contact_requests WHERE status = 'dead' ORDER BY created_at`).all().map((r) => r.id);
    for (const id of targets) {
      if (prepared(db, RETRY_ONE).run(now, id).changes === 1) {
        result.retried.push(id);
        continue;
      }
      const row = prepared<[string], { status: ContactRequestStatus }>(db, 'SELECT status FROM contact_requests WHERE id = ?').get(id);
      if (row) result.skipped.push({ id, status: row.status });
      else result.unknown.push(id);
    }
  }).immediate();
  return result;
}

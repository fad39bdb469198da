/** Records a failed attempt that will be tried again at `at` (ms since the epoch), with what the target said. */
import type { Database } from 'better-sqlite3';
import { prepared } from '../db/statement-cache.ts';

const RETRY = `
  UPDATE contact_requests
  SET status = 'pending', next_attempt_at = ?, claimed_until = NULL, last_status = ?, last_error = ?
  WHERE id = ? AND status = 'sending'`;

export function scheduleRetry(db: Database, id: string, options: { at: number; status: number | null; error: string }): void {
  prepared(db, RETRY).run(options.at, options.status, options.error.slice(0, 1000), id);
}

/**
 * Brings every waiting retry forward to `now`: called when the target has
 * just accepted a request, so a recovered helpdesk gets the backlog at once
 * instead of when each request's backoff ends.
 */
export function bringRetriesForward(db: Database, now: number): number {
  return prepared(db, `UPDATE contact_requests SET next_attempt_at = ? WHERE status IN ('pending', 'sending') AND status = 'pending' AND next_attempt_at > ? AND attempts > 0`).run(now, now).changes;
}

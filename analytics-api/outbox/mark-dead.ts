/** Dead-letters a request: the target refused it (a 4xx other than 408 and 429) or its attempts ran out. Its text stays for `kb contact retry`. */
import type { Database } from 'better-sqlite3';
import { prepared } from '../db/statement-cache.ts';

const DEAD = `
  UPDATE contact_requests
  SET status = 'dead', claimed_until = NULL, last_status = ?, last_error = ?
  WHERE id = ? AND status = 'sending'`;

export function markDead(db: Database, id: string, options: { status: number | null; error: string }): void {
  prepared(db, DEAD).run(options.status, options.error.slice(0, 1000), id);
}

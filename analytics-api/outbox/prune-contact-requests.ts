/** Deletes delivered and dead-lettered requests accepted before `cutoff` (ms), with the same retention as raw events. */
import type { Database } from 'better-sqlite3';
import { prepared } from '../db/statement-cache.ts';

export function pruneContactRequests(db: Database, cutoff: number): number {
  return prepared(db, `DELETE FROM contact_requests WHERE created_at < ? AND status IN ('delivered', 'dead')`).run(cutoff).changes;
}

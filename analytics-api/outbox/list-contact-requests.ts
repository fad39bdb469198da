/** What `kb contact status` and `GET /api/contact/:id` read: counts per status and the requests still on their way (never their text). */
import type { Database } from 'better-sqlite3';
import { prepared } from '../db/statement-cache.ts';
import type { ContactRequestRow, ContactRequestStatus } from './contact-request-row.ts';

/** A request without its text. */
export type ContactRequestSummary = Omit<ContactRequestRow, 'payload'>;

const COLUMNS = 'id, created_at, status, target, attempts, next_attempt_at, claimed_until, last_status, last_error, delivered_at, remote_id, priority, category, first_response_due';

/** How many requests are in each status. */
export function countContactRequests(db: Database): Record<ContactRequestStatus, number> {
  const counts: Record<ContactRequestStatus, number> = { pending: 0, sending: 0, delivered: 0, dead: 0 };
  for (const row of prepared<[], { status: ContactRequestStatus; n: number }>(db, 'SELECT status, count(*) AS n FROM contact_requests GROUP BY status').all()) counts[row.status] = row.n;
  return counts;
}

/** Requests in the given statuses, oldest first, at most `limit`. */
export function listContactRequests(db: Database, statuses: readonly ContactRequestStatus[], limit: number): ContactRequestSummary[] {
  const placeholders = statuses.map(() => '?').join(', ');
  return prepared<unknown[], ContactRequestSummary>(db, `SELECT ${COLUMNS} FROM contact_requests WHERE status IN (${placeholders}) ORDER BY created_at, id LIMIT ?`).all(...statuses, limit);
}

/** One request, without its text, or undefined. */
export function getContactRequest(db: Database, id: string): ContactRequestSummary | undefined {
  return prepared<[string], ContactRequestSummary>(db, `SELECT ${COLUMNS} FROM contact_requests WHERE id = ?`).get(id);
}

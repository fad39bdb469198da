/** What `kb contact status` and `GET /api/contact/:id` read: counts per status and the requests still on their way (never their text). */
import type { ContactRequestRow, ContactRequestStatus } from './contact-request-row.ts';
import type { OutboxStore } from './outbox-store.ts';

/** A request without its text. */
export type ContactRequestSummary = Omit<ContactRequestRow, 'payload'>;

const COLUMNS = 'id, created_at, status, target, attempts, next_attempt_at, claimed_until, last_status, last_error, delivered_at, remote_id, priority, category, first_response_due';

/** How many requests are in each status. */
export async function countContactRequests(outbox: OutboxStore): Promise<Record<ContactRequestStatus, number>> {
  const counts: Record<ContactRequestStatus, number> = { pending: 0, sending: 0, delivered: 0, dead: 0 };
  for (const row of await outbox.all<{ status: ContactRequestStatus; n: number }>('SELECT status, count(*) AS n FROM contact_requests GROUP BY status')) counts[row.status] = row.n;
  return counts;
}

/** Requests in the given statuses, oldest first, at most `limit`. */
export async function listContactRequests(outbox: OutboxStore, statuses: readonly ContactRequestStatus[], limit: number): Promise<ContactRequestSummary[]> {
  const params: Record<string, string | number> = { limit };
  statuses.forEach((status, i) => (params[`s${i}`] = status));
  const placeholders = statuses.map((_, i) => `@s${i}`).join(', ');
  return outbox.all<ContactRequestSummary>(`SELECT ${COLUMNS} FROM contact_requests WHERE status IN (${placeholders}) ORDER BY created_at, id LIMIT @limit`, params);
}

/** One request, without its text, or undefined. */
export async function getContactRequest(outbox: OutboxStore, id: string): Promise<ContactRequestSummary | undefined> {
  const [row] = await outbox.all<ContactRequestSummary>(`SELECT ${COLUMNS} FROM contact_requests WHERE id = @id`, { id });
  return row;
}

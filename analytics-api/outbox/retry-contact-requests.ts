/**
 * `kb contact retry`: makes dead-lettered (or still waiting) requests due
 * now with a fresh count of attempts. With no ids, every dead-lettered
 * request. Delivered requests have no text left and cannot be sent again.
 */
import type { ContactRequestStatus } from './contact-request-row.ts';
import type { OutboxParams, OutboxStore } from './outbox-store.ts';

/** What happened to each id asked for. */
export interface RetryResult {
  retried: string[];
  /** Ids that are delivered (nothing to resend) or being sent right now. */
  skipped: Array<{ id: string; status: ContactRequestStatus }>;
  unknown: string[];
}

const RESET = `UPDATE contact_requests SET status = 'pending', attempts = 0, next_attempt_at = @now, last_error = NULL, last_status = NULL`;

export async function retryContactRequests(outbox: OutboxStore, ids: readonly string[], now: number): Promise<RetryResult> {
  if (ids.length === 0) {
    const rows = await outbox.all<{ id: string; created_at: number }>(`${RESET} WHERE status = 'dead' RETURNING id, created_at`, { now });
    rows.sort((a, b) => a.created_at - b.created_at || (a.id < b.id ? -1 : 1));
    return { retried: rows.map((row) => row.id), skipped: [], unknown: [] };
  }
  const asked = [...new Set(ids)];
  const idParams: OutboxParams = {};
  asked.forEach((id, i) => (idParams[`id${i}`] = id));
  const list = asked.map((_, i) => `@id${i}`).join(', ');
  // One statement decides: a request is reset only if it is dead or waiting at that moment.
  const reset = new Set((await outbox.all<{ id: string }>(`${RESET} WHERE id IN (${list}) AND status IN ('dead', 'pending') RETURNING id`, { ...idParams, now })).map((row) => row.id));
  const statuses = new Map((await outbox.all<{ id: string; status: ContactRequestStatus }>(`SELECT id, status FROM contact_requests WHERE id IN (${list})`, idParams)).map((row) => [row.id, row.status]));
  const result: RetryResult = { retried: [], skipped: [], unknown: [] };
  for (const id of asked) {
    const status = statuses.get(id);
    if (reset.has(id)) result.retried.push(id);
    else if (status !== undefined) result.skipped.push({ id, status });
    else result.unknown.push(id);
  }
  return result;
}

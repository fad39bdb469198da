/** Records a failed attempt that will be tried again at `at` (ms since the epoch), with what the target said. */
import type { OutboxStore } from './outbox-store.ts';

const RETRY = `
  UPDATE contact_requests
  SET status = 'pending', next_attempt_at = @at, claimed_until = NULL, last_status = @status, last_error = @error
  WHERE id = @id AND status = 'sending'`;

export async function scheduleRetry(outbox: OutboxStore, id: string, options: { at: number; status: number | null; error: string }): Promise<void> {
  await outbox.run(RETRY, { at: options.at, status: options.status, error: options.error.slice(0, 1000), id });
}

/**
 * Brings every waiting retry forward to `now`: called when the target has
 * just accepted a request, so a recovered helpdesk gets the backlog at once
 * instead of when each request's backoff ends.
 */
export async function bringRetriesForward(outbox: OutboxStore, now: number): Promise<number> {
  return outbox.run(`UPDATE contact_requests SET next_attempt_at = @now WHERE status IN ('pending', 'sending') AND status = 'pending' AND next_attempt_at > @now AND attempts > 0`, { now });
}

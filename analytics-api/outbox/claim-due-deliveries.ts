/**
 * Claims up to `limit` requests that are due: pending ones whose next
 * attempt has come, and ones another worker claimed but whose claim ran
 * out (it was killed mid-send). A claim counts as an attempt and holds the
 * row until `leaseMs` from now; one statement, so two workers never claim
 * the same row (on PostgreSQL the rows are locked as they are picked, and
 * rows another instance is claiming are skipped).
 */
import type { ContactRequestRow } from './contact-request-row.ts';
import type { OutboxStore } from './outbox-store.ts';

const claim = (lock: string) => `
  UPDATE contact_requests
  SET status = 'sending', attempts = attempts + 1, claimed_until = @until
  WHERE id IN (
    SELECT id FROM contact_requests
    WHERE status IN ('pending', 'sending') AND next_attempt_at <= @now AND (status = 'pending' OR claimed_until <= @now)
    ORDER BY next_attempt_at
    LIMIT @limit ${lock}
  )
  RETURNING *`;

export async function claimDueDeliveries(outbox: OutboxStore, options: { now: number; limit: number; leaseMs: number }): Promise<ContactRequestRow[]> {
  const { now, limit, leaseMs } = options;
  return outbox.all<ContactRequestRow>(claim(outbox.claimLock), { until: now + leaseMs, now, limit });
}

// The IN matches the partial index, so this walks it in order and skips the few rows being sent.
const NEXT_PENDING = `SELECT next_attempt_at AS due FROM contact_requests WHERE status IN ('pending', 'sending') AND status = 'pending' ORDER BY next_attempt_at LIMIT 1`;
const NEXT_CLAIM_END = `SELECT min(claimed_until) AS due FROM contact_requests WHERE status = 'sending'`;

/** When the next request falls due (a pending one's next attempt, or a claim running out), or undefined when none waits. Two index lookups, however long the queue. */
export async function nextDueTime(outbox: OutboxStore): Promise<number | undefined> {
  const [pending] = await outbox.all<{ due: number }>(NEXT_PENDING);
  const [claims] = await outbox.all<{ due: number | null }>(NEXT_CLAIM_END);
  const times = [pending?.due ?? null, claims?.due ?? null].filter((t): t is number => t !== null);
  return times.length === 0 ? undefined : Math.min(...times);
}

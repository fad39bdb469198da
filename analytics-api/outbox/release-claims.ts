/**
 * Makes the requests a previous process had claimed due again. Run once
 * when the service starts, where one server owns the outbox (SQLite: one
 * per database file), so a claim still open at start belongs to a process
 * that was killed between sending and recording, and the request goes out
 * again (same idempotency key). Where instances share the outbox
 * (PostgreSQL), the others' claims are alive: nothing is released, and a
 * killed instance's claims are taken again when their lease runs out.
 */
import type { OutboxStore } from './outbox-store.ts';

export async function releaseClaims(outbox: OutboxStore, now: number): Promise<number> {
  if (!outbox.singleOwner) return 0;
  return outbox.run(`UPDATE contact_requests SET status = 'pending', next_attempt_at = @now, claimed_until = NULL WHERE status = 'sending'`, { now });
}

/** Deletes delivered and dead-lettered requests accepted before `cutoff` (ms), with the same retention as raw events. */
import type { OutboxStore } from './outbox-store.ts';

export async function pruneContactRequests(outbox: OutboxStore, cutoff: number): Promise<number> {
  return outbox.run(`DELETE FROM contact_requests WHERE created_at < @cutoff AND status IN ('delivered', 'dead')`, { cutoff });
}

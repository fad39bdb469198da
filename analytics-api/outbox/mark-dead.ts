/** Dead-letters a request: the target refused it (a 4xx other than 408 and 429) or its attempts ran out. Its text stays for `kb contact retry`. */
import type { OutboxStore } from './outbox-store.ts';

const DEAD = `
  UPDATE contact_requests
  SET status = 'dead', claimed_until = NULL, last_status = @status, last_error = @error
  WHERE id = @id AND status = 'sending'`;

export async function markDead(outbox: OutboxStore, id: string, options: { status: number | null; error: string }): Promise<void> {
  await outbox.run(DEAD, { status: options.status, error: options.error.slice(0, 1000), id });
}

/**
 * Records a delivery: the request is `delivered`, with the target's ticket
 * id, and its text (`payload`) is deleted — the analytics database keeps no
 * message once the helpdesk has it.
 */
import type { OutboxStore } from './outbox-store.ts';

const DELIVERED = `
  UPDATE contact_requests
  SET status = 'delivered', delivered_at = @now, remote_id = @remoteId, last_status = @status, last_error = NULL, claimed_until = NULL, payload = NULL
  WHERE id = @id AND status = 'sending'`;

export async function markDelivered(outbox: OutboxStore, id: string, options: { now: number; remoteId: string | null; status: number | null }): Promise<void> {
  await outbox.run(DELIVERED, { now: options.now, remoteId: options.remoteId, status: options.status, id });
}

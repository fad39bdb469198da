/** Contact requests put straight into an outbox, as `POST /api/contact` would have accepted them. */
import type { NewContactRequest } from '../../../analytics-api/outbox/save-contact-request.ts';
import type { OutboxStore } from '../../../analytics-api/outbox/outbox-store.ts';

/** Commits `requests` to `outbox` (no analytics events). */
export async function addContactRequests(outbox: OutboxStore, ...requests: NewContactRequest[]): Promise<void> {
  await outbox.saveGroup(requests.map((request) => ({ request, event: undefined })));
}

/** The row an accepted contact request starts as, due at once; the store inserts it in one transaction with its `contact_submit` event (`OutboxStore.saveGroup`). */
import type { ContactPayload } from './contact-request-row.ts';
import type { OutboxParams } from './outbox-store.ts';

/** What `POST /api/contact` stores. */
export interface NewContactRequest {
  id: string;
  createdAt: number;
  target: string;
  priority: string | null;
  category: string | null;
  firstResponseDue: string | null;
  payload: ContactPayload;
}

/** The insert, with the parameters of `contactRequestParams`. */
export const INSERT_CONTACT_REQUEST = `
  INSERT INTO contact_requests (id, created_at, status, target, attempts, next_attempt_at, priority, category, first_response_due, payload)
  VALUES (@id, @createdAt, 'pending', @target, 0, @createdAt, @priority, @category, @firstResponseDue, @payload)`;

export function contactRequestParams(request: NewContactRequest): OutboxParams {
  return {
    id: request.id,
    createdAt: request.createdAt,
    target: request.target,
    priority: request.priority,
    category: request.category,
    firstResponseDue: request.firstResponseDue,
    payload: JSON.stringify(request.payload),
  };
}

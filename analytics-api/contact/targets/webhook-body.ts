/**
 * The generic webhook's JSON body: `{ id, created_at, email, name, subject,
 * message, context: { article, search, page, locale, plan, session },
 * triage: { priority, category, first_response_due } }`. Built from the
 * stored row, so every attempt for a request sends the same bytes.
 */
import type { ContactDelivery } from '../contact-delivery.ts';

export function webhookBody(delivery: ContactDelivery): string {
  const { payload } = delivery;
  return JSON.stringify({
    id: delivery.id,
    created_at: new Date(delivery.createdAt).toISOString(),
    email: payload.email,
    name: payload.name,
    subject: payload.subject,
    message: payload.message,
    context: payload.context,
    triage: delivery.triage,
  });
}

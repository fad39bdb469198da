/**
 * Freshdesk: `POST /api/v2/tickets` with the API key as the basic-auth user
 * (`{key}:X`). The description is HTML (escaped), status 2 (open), source 2
 * (portal), priority 1-4 from triage. Freshdesk does not document an
 * idempotency key; the request id is sent as `Idempotency-Key` anyway and
 * as the ticket's first tag-free line of context, so a duplicate from a
 * retry after a lost answer can be spotted.
 */
import type { ContactTarget } from '../contact-delivery.ts';
import { httpOutcome, isAnswer, jsonBody, postJson } from './http-outcome.ts';
import { helpdeskPriority, ticketHtml } from './ticket-text.ts';

const priorityCodes = { low: 1, normal: 2, high: 3, urgent: 4 } as const;

export function createFreshdeskTarget(options: { baseUrl: string; apiKey: string; tags: readonly string[] }): ContactTarget {
  const base = options.baseUrl.replace(/\/$/, '');
  const auth = `Basic ${Buffer.from(`${options.apiKey}:X`).toString('base64')}`;
  return {
    type: 'freshdesk',
    description: `freshdesk tickets API at ${base}`,
    async send(delivery, signal) {
      const { payload } = delivery;
      const body = {
        email: payload.email,
        ...(payload.name ? { name: payload.name } : {}),
        subject: payload.subject,
        description: ticketHtml(delivery),
        status: 2,
        source: 2,
        priority: priorityCodes[helpdeskPriority(delivery.triage.priority)],
        tags: [...options.tags],
      };
      const answer = await postJson(`${base}/api/v2/tickets`, body, { authorization: auth, 'Idempotency-Key': delivery.id }, signal);
      if (!isAnswer(answer)) return answer;
      return httpOutcome(answer, (a) => {
        const id = jsonBody(a)?.id;
        return id === undefined ? null : String(id);
      });
    },
  };
}

/**
 * Zendesk. `api: tickets` creates a ticket with the Tickets API
 * (`POST /api/v2/tickets`, basic auth `{email}/token:{token}`), which
 * honours `Idempotency-Key`: a retry with the same key returns the first
 * ticket instead of making a second. `api: requests` creates a request as
 * the end user with the Requests API (`POST /api/v2/requests`, anonymous:
 * no token; the account must allow anonymous requests), which does not
 * de-duplicate. The triaged priority becomes the ticket's priority.
 */
import type { ContactTarget } from '../contact-delivery.ts';
import { httpOutcome, isAnswer, jsonBody, postJson } from './http-outcome.ts';
import { helpdeskPriority, ticketText } from './ticket-text.ts';

export interface ZendeskTargetOptions {
  api: 'tickets' | 'requests';
  /** `https://{subdomain}.zendesk.com`, or `KB_ZENDESK_URL`. */
  baseUrl: string;
  email?: string | undefined;
  token?: string | undefined;
  tags: readonly string[];
}

export function createZendeskTarget(options: ZendeskTargetOptions): ContactTarget {
  const auth = options.email && options.token ? `Basic ${Buffer.from(`${options.email}/token:${options.token}`).toString('base64')}` : undefined;
  const base = options.baseUrl.replace(/\/$/, '');
  return {
    type: 'zendesk',
    description: `zendesk ${options.api} API at ${base}`,
    async send(delivery, signal) {
      const { payload } = delivery;
      const requester = { name: payload.name ?? payload.email, email: payload.email };
      const comment = { body: ticketText(delivery) };
      const body =
        options.api === 'tickets'
          ? { ticket: { subject: payload.subject, comment: { ...comment, public: true }, requester, priority: helpdeskPriority(delivery.triage.priority), tags: options.tags, external_id: delivery.id } }
          : { request: { subject: payload.subject, comment, requester } };
      const headers: Record<string, string> = { 'Idempotency-Key': delivery.id };
      if (options.api === 'tickets' && auth) headers.authorization = auth;
      const answer = await postJson(`${base}/api/v2/${options.api}`, body, headers, signal);
      if (!isAnswer(answer)) return answer;
      return httpOutcome(answer, (a) => {
        const record = jsonBody(a)?.[options.api === 'tickets' ? 'ticket' : 'request'] as { id?: unknown } | undefined;
        return record?.id === undefined ? null : String(record.id);
      });
    },
  };
}

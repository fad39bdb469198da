/**
 * Runs a contact request through triage (the support rules of
 * `kb.config.yaml`, the same entry point `kb triage` uses): its priority,
 * category and first-response due time, and the SLA target behind it for
 * the page's promise.
 */
import type { SupportSettings } from '../../plugins/config/support-config.ts';
import { ticketSchema } from '../../scripts/tickets/ticket-schema.ts';
import { triageTickets } from '../../scripts/triage/triage-tickets.ts';
import type { ContactTriage } from './contact-delivery.ts';

/** The request's triage and the first-response target it was given. */
export interface ContactTriageResult extends ContactTriage {
  /** Minutes to the first response for the priority, on `clock`; null when triage gives no SLA. */
  first_response_minutes: number | null;
  clock: 'calendar' | 'business' | null;
}

export interface ContactTicketFields {
  id: string;
  createdAt: number;
  email: string;
  subject: string;
  message: string;
  plan: string | null;
  article: string | null;
  session: string | null;
}

export function triageContactRequest(request: ContactTicketFields, support: SupportSettings): ContactTriageResult {
  const ticket = ticketSchema.parse({
    id: request.id,
    created_at: new Date(request.createdAt).toISOString(),
    status: 'new',
    channel: 'web',
    subject: request.subject.slice(0, 1000),
    description: request.message,
    requester_email: request.email,
    plan: request.plan,
    article: request.article,
    session: request.session,
    replies: 0,
  });
  const [result] = triageTickets([ticket], support, { now: request.createdAt });
  if (result === undefined) return { priority: null, category: null, first_response_due: null, first_response_minutes: null, clock: null };
  const target = support.sla.targets[result.priority];
  const due = result.first_response_due && !Number.isNaN(Date.parse(result.first_response_due)) ? result.first_response_due : null;
  return {
    priority: result.priority,
    category: result.category,
    first_response_due: due,
    first_response_minutes: due === null || target === undefined ? null : target.first_response_minutes,
    clock: due === null || target === undefined ? null : target.clock,
  };
}

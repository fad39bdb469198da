/**
 * What a delivery target is given and what it answers. A target sends one
 * request per call and classifies the answer: delivered, worth retrying
 * (network errors, timeouts, 408, 429, 5xx, with the target's Retry-After)
 * or refused for good (any other 4xx: dead-lettered with the target's
 * message). Every attempt for one request carries the request id as its
 * idempotency key.
 */
import type { ContactPayload } from '../outbox/contact-request-row.ts';

/** The triage of a request, as stored and as sent. */
export interface ContactTriage {
  priority: string | null;
  category: string | null;
  first_response_due: string | null;
}

/** One request to deliver. */
export interface ContactDelivery {
  id: string;
  /** When it was accepted, ms since the epoch. */
  createdAt: number;
  payload: ContactPayload;
  triage: ContactTriage;
}

/** How one attempt ended. */
export type DeliveryOutcome =
  | { ok: true; remoteId: string | null; status: number | null }
  | { ok: false; retry: boolean; status: number | null; message: string; retryAfterMs?: number | undefined };

/** A place contact requests go: a helpdesk API, a webhook or a mailbox. */
export interface ContactTarget {
  readonly type: string;
  /** For logs and `kb contact status`: the type and where (never a secret). */
  readonly description: string;
  send(delivery: ContactDelivery, signal: AbortSignal): Promise<DeliveryOutcome>;
  close?(): void;
}

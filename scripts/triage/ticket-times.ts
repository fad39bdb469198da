/**
 * When a ticket was created, first answered and resolved, read the same way
 * by triage and metrics. A ticket counts as resolved only when its status is
 * solved or closed: a reopened ticket keeps its old solve time in most
 * helpdesk exports while it is open again.
 */
import type { Ticket } from '../tickets/ticket-schema.ts';

const MINUTE = 60_000;

/** ms since the epoch of `created_at`. */
export function createdMs(ticket: Ticket): number {
  return Date.parse(ticket.created_at);
}

/** When the first agent reply went out: `first_reply_at`, else created + `first_reply_minutes`; null when unanswered. */
export function firstReplyMs(ticket: Ticket): number | null {
  if (ticket.first_reply_at !== null) return Date.parse(ticket.first_reply_at);
  if (ticket.first_reply_minutes !== null) return createdMs(ticket) + ticket.first_reply_minutes * MINUTE;
  return null;
}

/** When the ticket was resolved, or null while it is not solved or closed. */
export function resolvedMs(ticket: Ticket): number | null {
  if (ticket.solved_at === null) return null;
  if (ticket.status !== 'solved' && ticket.status !== 'closed') return null;
  return Date.parse(ticket.solved_at);
}

/** Whether the ticket was resolved at or before `at`. */
export function isResolvedBy(ticket: Ticket, at: number): boolean {
  const solved = resolvedMs(ticket);
  return solved !== null && solved <= at;
}

/** Formats ms since the epoch as ISO 8601 UTC without milliseconds when they are zero. */
export function isoUtc(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

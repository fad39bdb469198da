/**
 * When a ticket was created, first answered and resolved, and how long that
 * took on each clock, read the same way by triage and metrics. A ticket
 * counts as resolved only when its status is solved or closed: a reopened
 * ticket keeps its old solve time in most helpdesk exports while it is open
 * again.
 *
 * Durations the helpdesk exported win over times computed here: its first
 * reply and full resolution minutes, calendar and business, are what its
 * own reports show, and business minutes follow its own schedule, which
 * this tool does not know. Computed times fill in where the export gave
 * event times only.
 */
import type { BusinessClock } from './business-clock.ts';
import type { Ticket } from '../tickets/ticket-schema.ts';

const MINUTE = 60_000;

/** ms since the epoch of `created_at`. */
export function createdMs(ticket: Ticket): number {
  return Date.parse(ticket.created_at);
}

/** When the first agent reply went out (calendar): `first_reply_at`, else created + `first_reply_minutes`; null when not known. */
export function firstReplyMs(ticket: Ticket): number | null {
  if (ticket.first_reply_at !== null) return Date.parse(ticket.first_reply_at);
  if (ticket.first_reply_minutes !== null) return createdMs(ticket) + ticket.first_reply_minutes * MINUTE;
  return null;
}

/**
 * What the export says about the first reply: `answered` (a time on some
 * clock), `unanswered` (no reply time and no agent reply), or `unknown`
 * (no reply time, and the export does not count replies or counts some).
 */
export type ReplyState = 'answered' | 'unanswered' | 'unknown';

export function replyState(ticket: Ticket): ReplyState {
  if (ticket.first_reply_at !== null || ticket.first_reply_minutes !== null || ticket.first_reply_business_minutes !== null) return 'answered';
  return ticket.replies === 0 ? 'unanswered' : 'unknown';
}

/** Minutes to the first reply on the calendar clock, or null when not known. */
export function firstReplyMinutes(ticket: Ticket): number | null {
  if (ticket.first_reply_minutes !== null) return ticket.first_reply_minutes;
  const at = firstReplyMs(ticket);
  return at === null ? null : Math.max(0, (at - createdMs(ticket)) / MINUTE);
}

/** Business minutes to the first reply: the helpdesk's, else counted on `clock` from the calendar reply; null when not known. */
export function firstReplyBusinessMinutes(ticket: Ticket, clock: BusinessClock): number | null {
  if (ticket.first_reply_business_minutes !== null) return ticket.first_reply_business_minutes;
  const at = firstReplyMs(ticket);
  return at === null ? null : clock.minutesBetween(createdMs(ticket), at);
}

/**
 * The instant of the first reply as a target on `target` clock sees it: on
 * the business clock, the helpdesk's business minutes placed on `clock`
 * (so "within N business minutes" compares the helpdesk's own figure); on
 * the calendar clock, the calendar reply. Null when not known on that clock.
 */
export function firstReplyOnClock(ticket: Ticket, target: 'calendar' | 'business', clock: BusinessClock): number | null {
  if (target === 'business' && ticket.first_reply_business_minutes !== null) return clock.addMinutes(createdMs(ticket), ticket.first_reply_business_minutes);
  return firstReplyMs(ticket);
}

/** When the ticket was resolved, or null while it is not solved or closed (or the export gives no solve time). */
export function resolvedMs(ticket: Ticket): number | null {
  if (ticket.status !== 'solved' && ticket.status !== 'closed') return null;
  if (ticket.solved_at !== null) return Date.parse(ticket.solved_at);
  if (ticket.full_resolution_minutes !== null) return createdMs(ticket) + ticket.full_resolution_minutes * MINUTE;
  return null;
}

/** Calendar minutes from creation to resolution: the helpdesk's full resolution time, else solved − created. */
export function resolutionMinutes(ticket: Ticket, resolved: number): number {
  return ticket.full_resolution_minutes ?? Math.max(0, (resolved - createdMs(ticket)) / MINUTE);
}

/** Business minutes from creation to resolution: the helpdesk's, else counted on `clock`. */
export function resolutionBusinessMinutes(ticket: Ticket, resolved: number, clock: BusinessClock): number {
  return ticket.full_resolution_business_minutes ?? clock.minutesBetween(createdMs(ticket), resolved);
}

/** The resolution instant as a target on `target` clock sees it (see {@link firstReplyOnClock}). */
export function resolvedOnClock(ticket: Ticket, resolved: number, target: 'calendar' | 'business', clock: BusinessClock): number {
  if (target === 'business' && ticket.full_resolution_business_minutes !== null) return clock.addMinutes(createdMs(ticket), ticket.full_resolution_business_minutes);
  return resolved;
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

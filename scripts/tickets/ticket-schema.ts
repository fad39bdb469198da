/**
 * The one canonical ticket model. Every helpdesk importer maps its vendor's
 * columns onto this; reports, triage and metrics read only this. Field names
 * are part of the public contract: they are the JSON form of a ticket
 * everywhere, including stdin input to `kb triage --stdin`.
 *
 * Times come two ways. Event times (`first_reply_at`, `solved_at`) where the
 * export has them; durations (`*_minutes`) where the helpdesk exported what
 * it computed, on the calendar clock and on its own business hours
 * (`*_business_minutes`), so metrics can use the helpdesk's figures instead
 * of guessing its schedule. A null duration or count means the export did
 * not say: unknown, never zero.
 */
import { z } from 'zod';
import { isRealDay } from '../../plugins/article/article-schema.ts';

/** ISO 8601 timestamp with an explicit offset (`Z` or `+02:00`). */
export const isoTimestamp = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, 'use an ISO 8601 timestamp with an offset, like 2026-11-02T09:30:00Z')
  .refine((s) => !Number.isNaN(Date.parse(s)) && isRealDay(s.slice(0, 10)), 'is not a real date and time: check the day and the hour');

export const ticketStatuses = ['new', 'open', 'pending', 'on-hold', 'solved', 'closed'] as const;
export const ticketPriorities = ['low', 'normal', 'high', 'urgent', 'P0', 'P1', 'P2', 'P3'] as const;

const minutes = z.number().min(0).max(1e9).nullable().default(null);

export const ticketSchema = z.strictObject({
  id: z.string().min(1).max(100),
  created_at: isoTimestamp,
  /** When the helpdesk last changed the ticket; a re-import never replaces a newer row with an older one. */
  updated_at: isoTimestamp.nullable().default(null),
  first_reply_at: isoTimestamp.nullable().default(null),
  /** Calendar minutes from creation to the first public agent reply. */
  first_reply_minutes: minutes,
  /** The same, counted by the helpdesk on its business hours. */
  first_reply_business_minutes: minutes,
  solved_at: isoTimestamp.nullable().default(null),
  /** Calendar minutes from creation to the first solve (Zendesk: first resolution time). */
  first_resolution_minutes: minutes,
  first_resolution_business_minutes: minutes,
  /** Calendar minutes from creation to the latest solve (Zendesk: full resolution time). */
  full_resolution_minutes: minutes,
  full_resolution_business_minutes: minutes,
  /** Minutes the requester waited on the team: time in new, open and on-hold (Zendesk: requester wait time). */
  requester_wait_minutes: minutes,
  requester_wait_business_minutes: minutes,
  status: z.enum(ticketStatuses).default('open'),
  /** The helpdesk's own priority as exported (not the triage result); `support.priorities.helpdesk_map` maps it to P0-P3. */
  priority: z.enum(ticketPriorities).nullable().default(null),
  channel: z.string().max(40).nullable().default(null),
  subject: z.string().max(1000).default(''),
  description: z.string().max(100_000).default(''),
  tags: z.array(z.string().max(100)).max(100).default([]),
  category: z.string().max(100).nullable().default(null),
  requester_id: z.string().max(200).nullable().default(null),
  requester_email: z.string().max(320).nullable().default(null),
  organization: z.string().max(200).nullable().default(null),
  plan: z.string().max(60).nullable().default(null),
  satisfaction: z.union([z.int().min(1).max(5), z.enum(['good', 'bad'])]).nullable().default(null),
  /** Whether a satisfaction survey was sent (rated or not); null when the export does not say. */
  satisfaction_offered: z.boolean().nullable().default(null),
  /** Times reopened after a solve; null when the export does not say. */
  reopens: z.int().min(0).nullable().default(0),
  /** Public agent replies; null when the export does not say. */
  replies: z.int().min(0).nullable().default(0),
  /** Slug of the help article the customer came from (contact page). */
  article: z.string().max(200).nullable().default(null),
  /** Anonymous analytics session token carried by the contact page. */
  session: z.string().max(100).nullable().default(null),
});

/** A ticket in canonical form, all fields present. */
export type Ticket = z.infer<typeof ticketSchema>;
/** A ticket as accepted on input: only `id` and `created_at` are required. */
export type TicketInput = z.input<typeof ticketSchema>;

/** The duration fields, for column maps and conversions. */
export const durationFields = [
  'first_reply_minutes', 'first_reply_business_minutes', 'first_resolution_minutes', 'first_resolution_business_minutes',
  'full_resolution_minutes', 'full_resolution_business_minutes', 'requester_wait_minutes', 'requester_wait_business_minutes',
] as const satisfies ReadonlyArray<keyof Ticket>;
export type DurationField = (typeof durationFields)[number];

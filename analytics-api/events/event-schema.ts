/**
 * The analytics event contract, shared by the API (validation) and the
 * site's tracker (types). Field names are public: `type`, `session`, `ts`,
 * `event_id`, `article`, `vote`, `reason`, `comment`, `query`, `results`,
 * `position`.
 */
import { z } from 'zod';
import { findInvisibleCharacter } from '../../plugins/text/invisible-characters.ts';
import { MAX_COMMENT_LENGTH, MAX_EVENTS_PER_BATCH, MAX_QUERY_LENGTH } from './event-limits.ts';

/** Reasons a customer can pick after voting "no". */
export const voteReasons = ['unclear', 'incomplete', 'outdated', 'did-not-work', 'wrong-topic', 'other'] as const;

/** Event types, in the order the docs list them. */
export const eventTypes = ['view', 'vote', 'search', 'search_click', 'contact_open', 'contact_submit'] as const;

// Control characters (other than tab and line breaks) and lone surrogates
// cannot come from a keyboard; they only arrive from scripts probing the API.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Free text typed by a customer: bounded, well-formed Unicode, no control characters, no bidi overrides or zero-width characters. */
export function typedText(max: number) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((text) => !LONE_SURROGATE.test(text), 'must be well-formed Unicode (it contains a lone surrogate)')
    .refine((text) => !CONTROL_CHARACTERS.test(text), 'must not contain control characters')
    .superRefine((text, ctx) => {
      const found = findInvisibleCharacter(text);
      if (found) ctx.addIssue({ code: 'custom', message: `must not contain bidi overrides or zero-width characters (${found}): send the text as typed` });
    });
}

const slug = z.string().min(1).max(200).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an article slug (lowercase words joined by hyphens)');
const query = z.string().trim().min(1, 'must not be empty').pipe(typedText(MAX_QUERY_LENGTH));
const base = {
  /** Random per-tab id kept in sessionStorage; never a cookie, never personal. */
  session: z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, "-" or "_"'),
  /** Client time in ms since the epoch. */
  ts: z.int('must be an integer number of milliseconds since the epoch').min(0),
  /** Random id the tracker gives each event (a UUID, say), so a batch sent again is stored once. Optional: cached old pages send none. */
  event_id: z
    .string()
    .min(16, 'must be 16-64 characters')
    .max(64, 'must be 16-64 characters')
    .regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, "-" or "_" (a UUID, say)')
    .optional(),
  /** The page's locale (its `<html lang>`), an ISO 639-1 code the config lists; the events route checks that. Optional: pages of old builds send none. */
  locale: z
    .string()
    .regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code such as "en" or "de"')
    .optional(),
};

export const viewEvent = z.strictObject({ type: z.literal('view'), ...base, article: slug });
export const voteEvent = z.strictObject({
  type: z.literal('vote'),
  ...base,
  article: slug,
  vote: z.enum(['up', 'down'], 'must be "up" or "down"'),
  reason: z.enum(voteReasons, `must be one of ${voteReasons.join(', ')}`).optional(),
  comment: typedText(MAX_COMMENT_LENGTH).optional(),
});
export const searchEvent = z.strictObject({
  type: z.literal('search'),
  ...base,
  query,
  results: z.int().min(0).max(100_000),
});
export const searchClickEvent = z.strictObject({
  type: z.literal('search_click'),
  ...base,
  query,
  article: slug,
  position: z.int().min(1).max(1000),
});
export const contactOpenEvent = z.strictObject({ type: z.literal('contact_open'), ...base, article: slug.optional() });
export const contactSubmitEvent = z.strictObject({ type: z.literal('contact_submit'), ...base, article: slug.optional() });

export const eventSchema = z.discriminatedUnion(
  'type',
  [viewEvent, voteEvent, searchEvent, searchClickEvent, contactOpenEvent, contactSubmitEvent],
  { error: `must be an object whose "type" is one of ${eventTypes.join(', ')}` },
);

/** A batch as posted to `POST /api/events`: 1 to 50 events. */
export const eventBatchSchema = z
  .array(eventSchema, 'must be a JSON array of events')
  .min(1, 'must hold at least one event')
  .max(MAX_EVENTS_PER_BATCH, `must hold at most ${MAX_EVENTS_PER_BATCH} events: send the rest in another request`);

export type AnalyticsEvent = z.infer<typeof eventSchema>;
export type EventType = AnalyticsEvent['type'];

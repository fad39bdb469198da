/**
 * The analytics event contract, shared by the API (validation) and the
 * site's tracker (types). Field names are public: `type`, `session`, `ts`,
 * `article`, `vote`, `reason`, `comment`, `query`, `results`, `position`.
 */
import { z } from 'zod';

/** Reasons a customer can pick after voting "no". */
export const voteReasons = ['unclear', 'incomplete', 'outdated', 'did-not-work', 'wrong-topic', 'other'] as const;

const slug = z.string().min(1).max(200).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an article slug (lowercase words joined by hyphens)');
const base = {
  /** Random per-tab id kept in sessionStorage; never a cookie, never personal. */
  session: z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, "-" or "_"'),
  /** Client time in ms since the epoch. */
  ts: z.int().min(0),
};

export const viewEvent = z.strictObject({ type: z.literal('view'), ...base, article: slug });
export const voteEvent = z.strictObject({
  type: z.literal('vote'),
  ...base,
  article: slug,
  vote: z.enum(['up', 'down']),
  reason: z.enum(voteReasons).optional(),
  comment: z.string().max(500).optional(),
});
export const searchEvent = z.strictObject({
  type: z.literal('search'),
  ...base,
  query: z.string().min(1).max(200),
  results: z.int().min(0).max(100_000),
});
export const searchClickEvent = z.strictObject({
  type: z.literal('search_click'),
  ...base,
  query: z.string().min(1).max(200),
  article: slug,
  position: z.int().min(1).max(1000),
});
export const contactOpenEvent = z.strictObject({ type: z.literal('contact_open'), ...base, article: slug.optional() });
export const contactSubmitEvent = z.strictObject({ type: z.literal('contact_submit'), ...base, article: slug.optional() });

export const eventSchema = z.discriminatedUnion('type', [
  viewEvent,
  voteEvent,
  searchEvent,
  searchClickEvent,
  contactOpenEvent,
  contactSubmitEvent,
]);

/** A batch as posted to `POST /api/events`: 1 to 50 events. */
export const eventBatchSchema = z.array(eventSchema).min(1).max(50);

export type AnalyticsEvent = z.infer<typeof eventSchema>;
export type EventType = AnalyticsEvent['type'];

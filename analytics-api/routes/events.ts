/**
 * `POST /api/events`: a JSON array of 1-50 events, as `application/json` or
 * `text/plain` (what `sendBeacon` sends, and a type that needs no CORS
 * preflight), at most 16 KB of valid UTF-8. Answers `202 {"accepted": n}`
 * once the events are committed; bots and opted-out browsers get
 * `202 {"accepted": 0}` and are only counted. A client over its daily event
 * budget gets 429 until 00:00 UTC. Any bad input is a 4xx and stores nothing.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { EventWriter } from '../db/event-writer.ts';
import { storageFaultOf } from '../db/storage-fault.ts';
import { utcDate } from '../db/utc-day.ts';
import { MAX_BODY_BYTES } from '../events/event-limits.ts';
import { eventBatchSchema } from '../events/event-schema.ts';
import { toEventRows } from '../events/to-event-rows.ts';
import { ApiError } from '../http/api-error.ts';
import { formatIssues } from '../http/format-issues.ts';
import { bodySize } from '../middleware/body-size.ts';
import type { DailyBudget } from '../middleware/daily-budget.ts';
import { isBot } from '../privacy/is-bot.ts';
import type { DailySalt } from '../privacy/daily-salt.ts';
import { optOutReason, type OptOutPolicy } from '../privacy/opt-out.ts';
import type { VisitorHasher } from '../privacy/visitor-hash.ts';
import type { VoteKeyer } from '../privacy/vote-key.ts';
import type { ArticleList } from '../site/article-list.ts';

export interface EventsRouteOptions extends OptOutPolicy {
  writer: EventWriter;
  /** The salt behind `hashVisitor` and `voteKey`, loaded before they run. */
  salt: DailySalt;
  hashVisitor: VisitorHasher;
  voteKey: VoteKeyer;
  budget: DailyBudget;
  /** The site's articles; events for other slugs are stored as `unknown`. Undefined accepts every slug. */
  articles?: ArticleList | undefined;
  dropBots: boolean;
  maxClockSkewMs: number;
  /** The help center's locales (ISO 639-1); an event's `locale` must be one of them. Undefined accepts any code. */
  locales?: readonly string[] | undefined;
  now: () => number;
}

const ACCEPTED_TYPES = new Set(['', 'application/json', 'text/plain']);

export function eventsRoute(options: EventsRouteOptions): Hono<AppEnv> {
  const route = new Hono<AppEnv>();

  route.post(
    '/',
    bodySize(MAX_BODY_BYTES),
    async (c) => {
      const mediaType = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!ACCEPTED_TYPES.has(mediaType)) {
        throw new ApiError(415, 'unsupported_media_type', `Content-Type ${mediaType.slice(0, 60)} is not accepted: send the JSON array as application/json or text/plain.`);
      }
      const receivedAt = options.now();
      const text = await c.req.text();
      // The body is decoded with replacement characters: one in the text means bytes that were not
      // UTF-8 (or text already broken before it was sent). Refuse it rather than store U+FFFD.
      if (text.includes('\uFFFD')) {
        throw new ApiError(400, 'invalid_encoding', 'The body is not valid UTF-8 (it decodes to U+FFFD replacement characters): send the JSON array encoded as UTF-8.');
      }
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new ApiError(400, 'invalid_json', 'The body is not valid JSON: send a JSON array of events, e.g. [{"type":"view","session":"…","ts":1763800000000,"article":"reset-password"}].');
      }
      const parsed = eventBatchSchema.safeParse(body);
      if (!parsed.success) throw new ApiError(400, 'invalid_events', formatIssues(parsed.error.issues, 'events'));
      const events = parsed.data;
      const skewed = events.findIndex((event) => Math.abs(event.ts - receivedAt) > options.maxClockSkewMs);
      if (skewed !== -1) {
        throw new ApiError(
          400,
          'invalid_events',
          `events[${skewed}].ts: ${describeTime(events[skewed]?.ts ?? 0)} is more than ${Math.round(options.maxClockSkewMs / 3_600_000)} h from the server's time: send the client's current time in ms since the epoch.`,
        );
      }

      const locales = options.locales;
      const foreign = locales === undefined ? -1 : events.findIndex((event) => event.locale !== undefined && !locales.includes(event.locale));
      if (foreign !== -1) {
        throw new ApiError(
          400,
          'invalid_events',
          `events[${foreign}].locale: "${events[foreign]?.locale}" is not a locale of this help center (${locales?.join(', ')}): send one of them, or leave locale out for the default.`,
        );
      }

      const userAgent = c.req.header('user-agent');
      if (options.dropBots && isBot(userAgent)) {
        options.writer.countDropped(utcDate(receivedAt), 'bot', events.length);
        return c.json({ accepted: 0 }, 202);
      }
      const optOut = optOutReason(c.req.raw.headers, options);
      if (optOut !== undefined) {
        options.writer.countDropped(utcDate(receivedAt), optOut, events.length);
        return c.json({ accepted: 0 }, 202);
      }

      const ip = c.get('clientIp');
      options.budget.take(ip, events.length, receivedAt);
      const loading = options.salt.ready(receivedAt);
      if (loading !== undefined) {
        try {
          await loading;
        } catch (error) {
          options.budget.giveBack(ip, events.length);
          throw unavailable(error);
        }
      }
      const visitor = options.hashVisitor(ip, userAgent ?? '', receivedAt);
      const rows = toEventRows(events, { visitor, receivedAt, voteKey: (article) => options.voteKey(ip, article, receivedAt), articles: options.articles });
      try {
        await options.writer.write(rows);
      } catch (error) {
        options.budget.giveBack(ip, events.length);
        if (error instanceof Error && error.name === 'WriterClosedError') throw error;
        throw unavailable(error);
      }
      return c.json({ accepted: rows.length }, 202);
    },
  );

  route.all('/', (c) => {
    throw new ApiError(405, 'method_not_allowed', `${c.req.method} is not supported here: POST a JSON array of events.`, { Allow: 'POST, OPTIONS' });
  });

  return route;
}

/** The 503 for events that could not be stored; the client sends them again (with the same event ids, so nothing doubles). */
function unavailable(error: unknown): ApiError {
  const fault = storageFaultOf(error);
  return new ApiError(503, 'storage_unavailable', `The events could not be stored right now${fault ? ` (${fault.replace('_', ' ')})` : ''}; send them again in a moment.`, { 'Retry-After': '5' });
}

/** An ISO time for messages; Date cannot represent every safe integer, so far-off values are shown as numbers. */
function describeTime(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(ms) : date.toISOString();
}

/**
 * `POST /api/contact`: a contact request from the contact page (or any
 * client), JSON (`application/json`, or `text/plain` to spare a CORS
 * preflight), at most 64 KB. Validated at the edge; then triaged, stored in
 * the outbox together with one `contact_submit` event (no text) in one
 * transaction, and answered `202 {"id"}` only once that is committed. The
 * delivery worker takes it from there. Its own rate limit
 * (`contact.rate_limit`) applies on top of the API's.
 *
 * `GET /api/contact`: `{"accepting": true|false}`, whether this server takes
 * requests (the page hands off to the helpdesk form or email when not).
 *
 * `GET /api/contact/:id`: where that request is (`queued`, `delivered`,
 * `failed`) and the first response it was promised, for the page's
 * confirmation. The id is a random UUID only its sender knows; the answer
 * holds no text.
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { ContactSettings } from '../contact/contact-settings.ts';
import { contactRequestSchema, MAX_CONTACT_BODY_BYTES, MAX_MESSAGE_LENGTH } from '../contact/contact-request-schema.ts';
import { triageContactRequest } from '../contact/triage-contact-request.ts';
import type { EventRow } from '../db/event-row.ts';
import type { EventWriter } from '../db/event-writer.ts';
import { storageFaultOf } from '../db/storage-fault.ts';
import { utcDate } from '../db/utc-day.ts';
import { ApiError } from '../http/api-error.ts';
import { formatIssues } from '../http/format-issues.ts';
import { bodySize } from '../middleware/body-size.ts';
import { rateLimit } from '../middleware/rate-limit.ts';
import { getContactRequest } from '../outbox/list-contact-requests.ts';
import type { OutboxStore } from '../outbox/outbox-store.ts';
import { createOutboxWriter } from '../outbox/outbox-writer.ts';
import type { DailySalt } from '../privacy/daily-salt.ts';
import { isBot } from '../privacy/is-bot.ts';
import { optOutReason, type OptOutPolicy } from '../privacy/opt-out.ts';
import type { VisitorHasher } from '../privacy/visitor-hash.ts';
import type { ArticleList } from '../site/article-list.ts';

export interface ContactRouteOptions extends OptOutPolicy {
  /** The store's outbox (`AnalyticsStore.outbox`). */
  outbox: OutboxStore;
  contact: ContactSettings | undefined;
  /** Counts contact events dropped for bots and opt-outs, like the events endpoint. */
  writer: EventWriter;
  /** The salt behind `hashVisitor`, loaded before it runs. */
  salt: DailySalt;
  hashVisitor: VisitorHasher;
  articles?: ArticleList | undefined;
  dropBots: boolean;
  /** Called after a request is committed (wakes the delivery worker). */
  onAccepted?: () => void;
  health?: { noteWrite(error?: unknown): void };
  /** The help center's locales; the `contact_submit` event keeps the form's locale when it is one of them. */
  locales?: readonly string[] | undefined;
  now: () => number;
}

const ACCEPTED_TYPES = new Set(['', 'application/json', 'text/plain']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function contactRoute(options: ContactRouteOptions): Hono<AppEnv> {
  const route = new Hono<AppEnv>();
  const { contact } = options;
  const outbox = createOutboxWriter(options.outbox);

  const limit = contact ? rateLimit({ ...contact.rateLimit, now: options.now }) : undefined;
  route.post(
    '/',
    async function contactRateLimit(c, next) {
      if (limit) return limit(c, next);
      await next();
    },
    bodySize(MAX_CONTACT_BODY_BYTES, `a contact request holds at most ${MAX_MESSAGE_LENGTH.toLocaleString('en-US')} characters of message: shorten it`),
    async (c) => {
      if (!contact?.target) {
        throw new ApiError(
          503,
          'contact_unavailable',
          'This server does not take contact requests: no delivery target is configured (contact.deliver in kb.config.yaml, or KB_CONTACT_WEBHOOK_URL). Write to support by email instead.',
        );
      }
      const mediaType = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!ACCEPTED_TYPES.has(mediaType)) {
        throw new ApiError(415, 'unsupported_media_type', `Content-Type ${mediaType.slice(0, 60)} is not accepted: send the request as application/json.`);
      }
      const text = await c.req.text();
      if (text.includes('\uFFFD')) throw new ApiError(400, 'invalid_encoding', 'The body is not valid UTF-8: send the JSON encoded as UTF-8.');
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new ApiError(400, 'invalid_json', 'The body is not valid JSON: send {"email", "subject", "message", "name"?, "context"?}.');
      }
      const parsed = contactRequestSchema.safeParse(body);
      if (!parsed.success) throw new ApiError(400, 'invalid_contact_request', formatIssues(parsed.error.issues, 'contact'));
      const request = parsed.data;
      const receivedAt = options.now();
      const id = randomUUID();
      const userAgent = c.req.header('user-agent');
      // A form-filling bot gets the answer a person would, and nothing is stored or sent.
      if (request.website !== undefined && request.website.trim() !== '') {
        options.writer.countDropped(utcDate(receivedAt), 'bot', 1);
        return c.json({ id }, 202);
      }

      const context = {
        article: request.context?.article ?? null,
        search: request.context?.search || null,
        page: request.context?.page || null,
        locale: request.context?.locale ?? null,
        plan: request.context?.plan || null,
        session: request.context?.session ?? null,
      };
      const triage = triageContactRequest(
        { id, createdAt: receivedAt, email: request.email, subject: request.subject, message: request.message, plan: context.plan, article: context.article, session: context.session },
        contact.support,
      );
      // The analytics event follows the same privacy rules as the tracker's; the request itself is always delivered.
      const dropped = options.dropBots && isBot(userAgent) ? 'bot' : optOutReason(c.req.raw.headers, options);
      const loading = dropped === undefined ? options.salt.ready(receivedAt) : undefined;
      if (loading !== undefined) {
        try {
          await loading;
        } catch (error) {
          throw unavailable(error, options.health);
        }
      }
      const event: EventRow | undefined =
        dropped !== undefined
          ? undefined
          : {
              type: 'contact_submit',
              session: context.session ?? id,
              visitor: options.hashVisitor(c.get('clientIp'), userAgent ?? '', receivedAt),
              ts: receivedAt,
              received_at: receivedAt,
              article: context.article !== null && options.articles ? options.articles.resolve(context.article) : context.article,
              vote: null,
              reason: null,
              comment: null,
              query: null,
              results: null,
              position: null,
              vote_key: null,
              locale: localeOfEvent(context.locale, options.locales),
            };
      try {
        await outbox.save(
          {
            id,
            createdAt: receivedAt,
            target: contact.target.type,
            priority: triage.priority,
            category: triage.category,
            firstResponseDue: triage.first_response_due,
            payload: { email: request.email, name: request.name || null, subject: request.subject, message: request.message, context },
          },
          event,
        );
        options.health?.noteWrite();
      } catch (error) {
        throw unavailable(error, options.health);
      }
      if (dropped !== undefined) options.writer.countDropped(utcDate(receivedAt), dropped, 1);
      options.onAccepted?.();
      return c.json({ id }, 202);
    },
  );

  // The page asks before it shows the email and name fields: a server without a target keeps it a hand-off.
  route.get('/', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ accepting: contact?.target !== undefined });
  });

  route.get('/:id', async (c) => {
    const id = c.req.param('id');
    const row = UUID.test(id) ? await getContactRequest(options.outbox, id) : undefined;
    if (!row) throw new ApiError(404, 'not_found', `No contact request ${id.slice(0, 60)}: use the id the POST answered with.`);
    const target = row.priority && contact ? contact.support.sla.targets[row.priority as keyof ContactSettings['support']['sla']['targets']] : undefined;
    c.header('Cache-Control', 'no-store');
    return c.json({
      id: row.id,
      status: row.status === 'delivered' ? 'delivered' : row.status === 'dead' ? 'failed' : 'queued',
      created_at: new Date(row.created_at).toISOString(),
      triage: { priority: row.priority, category: row.category, first_response_due: row.first_response_due },
      first_response: row.first_response_due && target ? { minutes: target.first_response_minutes, clock: target.clock, due: row.first_response_due } : null,
    });
  });

  route.all('/', (c) => {
    throw new ApiError(405, 'method_not_allowed', `${c.req.method} is not supported here: POST a contact request as JSON.`, { Allow: 'POST, OPTIONS' });
  });

  return route;
}

/** The 503 for a request that could not be stored (the sender sends it again); any other error stays unexpected. */
function unavailable(error: unknown, health: ContactRouteOptions['health']): unknown {
  const fault = storageFaultOf(error);
  if (fault === undefined) return error;
  health?.noteWrite(error);
  return new ApiError(503, 'storage_unavailable', `The request could not be stored right now (${fault.replace('_', ' ')}); send it again in a moment.`, { 'Retry-After': '5' });
}

/** The form's language tag as an event's locale: its language, when the help center has that locale ("de-DE" → "de"). */
function localeOfEvent(tag: string | null, locales: readonly string[] | undefined): string | null {
  const code = tag?.slice(0, 2).toLowerCase();
  if (code === undefined || !/^[a-z]{2}$/.test(code)) return null;
  return locales === undefined || locales.includes(code) ? code : null;
}

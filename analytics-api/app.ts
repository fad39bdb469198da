/**
 * The analytics API as a Hono app, mounted under `/api`. Testable with
 * `app.request()`; `server.ts` serves it (and the built site) over HTTP.
 */
import { Hono } from 'hono';
import type { AppEnv } from './app-env.ts';
import { createEventWriter, type EventWriter } from './db/event-writer.ts';
import type { StorageHealth } from './db/storage-health.ts';
import { ApiError, errorResponse, handleError } from './http/api-error.ts';
import { clientAddress } from './middleware/client-address.ts';
import { createDailyBudget } from './middleware/daily-budget.ts';
import { originPolicy } from './middleware/origin-policy.ts';
import { rateLimit } from './middleware/rate-limit.ts';
import { requireToken } from './middleware/require-token.ts';
import { createDailySalt, type DailySalt } from './privacy/daily-salt.ts';
import { createVisitorHasher, type VisitorHasher } from './privacy/visitor-hash.ts';
import { createVoteKeyer, type VoteKeyer } from './privacy/vote-key.ts';
import { eventsRoute } from './routes/events.ts';
import { adminRoute, type AdminRouteOptions } from './routes/admin.ts';
import { exportRoute } from './routes/export.ts';
import { healthRoute } from './routes/health.ts';
import { statsRoute } from './routes/stats.ts';
import { contactRoute } from './routes/contact.ts';
import type { ServiceSettings } from './service-settings.ts';
import type { ArticleList } from './site/article-list.ts';
import type { AnalyticsStore } from './store/analytics-store.ts';

/** Options of `createApp`. */
export interface AppOptions {
  /** An open, migrated analytics store (`openStore`, or `sqliteStore` on an open database). */
  store: AnalyticsStore;
  settings: ServiceSettings;
  /** Where events are written; defaults to a group-commit writer on `store`. */
  writer?: EventWriter;
  /** The clock, in ms since the epoch (tests move it). */
  now?: () => number;
  /** The daily salt of the hashes; defaults to the store's (in memory on SQLite, shared through the database on PostgreSQL). */
  salt?: DailySalt;
  /** The visitor hasher; defaults to one with the daily salt. */
  hashVisitor?: VisitorHasher;
  /** The vote key; defaults to one sharing the visitor hash's salt. */
  voteKey?: VoteKeyer;
  /** The site's articles (`articles.json`); without it every slug is accepted. */
  articles?: ArticleList;
  /** Storage checks for `/api/health`; defaults to the checks without the integrity worker. */
  health?: StorageHealth;
  /** Where unexpected errors are logged. */
  logError?: (error: unknown) => void;
  /** What the KB owner's dashboard (`/api/admin/*`) reads besides the database; defaults: UTC weeks, no KB folder, no reports. */
  dashboard?: Partial<Omit<AdminRouteOptions, 'store' | 'now'>>;
  /** Called when a contact request is committed to the outbox (the server wakes its delivery worker). */
  onContactAccepted?: () => void;
}

export function createApp(options: AppOptions): Hono<AppEnv> {
  const { store, settings } = options;
  const now = options.now ?? Date.now;
  const health = options.health ?? store.createHealth({ integrity: false, now });
  const writer = options.writer ?? createEventWriter(store, { onError: options.logError, onOutcome: (error) => health.noteWrite(error) });
  const salt = options.salt ?? createDailySalt(store);
  const hashVisitor = options.hashVisitor ?? createVisitorHasher(settings.siteUrl, salt);
  const api = new Hono<AppEnv>()
    .use(clientAddress(settings.trustedProxies))
    .use(originPolicy(settings.allowedOrigins))
    .use(rateLimit({ ...settings.rateLimit, now }))
    .route(
      '/events',
      eventsRoute({
        writer,
        salt,
        hashVisitor,
        voteKey: options.voteKey ?? createVoteKeyer(settings.siteUrl, salt),
        budget: createDailyBudget(settings.eventsPerDay),
        articles: options.articles,
        dropBots: settings.dropBots,
        respectDnt: settings.respectDnt,
        respectGpc: settings.respectGpc,
        maxClockSkewMs: settings.maxClockSkewMs,
        locales: settings.locales,
        now,
      }),
    )
    .route(
      '/contact',
      contactRoute({
        outbox: store.outbox,
        contact: settings.contact,
        writer,
        salt,
        hashVisitor,
        articles: options.articles,
        dropBots: settings.dropBots,
        respectDnt: settings.respectDnt,
        respectGpc: settings.respectGpc,
        onAccepted: options.onContactAccepted,
        health,
        locales: settings.locales,
        now,
      }),
    )
    .route('/health', healthRoute({ health }))
    .use('/stats/*', requireToken(settings.token))
    .use('/export', requireToken(settings.token))
    .use('/admin/*', requireToken(settings.token))
    .route('/stats', statsRoute({ store, now, locales: settings.locales }))
    .route('/export', exportRoute({ store }))
    .route('/admin', adminRoute({ store, now, timezone: 'UTC', synonyms: [], language: 'en', basePath: '/', ...options.dashboard }));

  const app = new Hono<AppEnv>();
  app.use(async function securityHeaders(c, next) {
    // Set before the handler runs so it is part of the response when it is built;
    // editing the finished response would turn node-server's fast response into a slow one.
    c.header('X-Content-Type-Options', 'nosniff');
    await next();
  });
  app.route('/api', api);
  app.notFound((c) =>
    errorResponse(c, new ApiError(404, 'not_found', `No endpoint ${c.req.method} ${c.req.path.slice(0, 200)}: see the analytics API section of the README.`)),
  );
  app.onError((error, c) => handleError(error, c, options.logError));
  return app;
}

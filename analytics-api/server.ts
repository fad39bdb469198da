/**
 * Runs the API (and, when given a folder, the built site) over HTTP with
 * `@hono/node-server`: opens the store (a SQLite file or a PostgreSQL
 * database) and refuses to start when it cannot be written or is damaged,
 * commits events in groups, delivers contact requests from the outbox,
 * prunes old raw events once a day, keeps the
 * store's upkeep going every hour (PostgreSQL: partitions ahead, rollups
 * of completed days, expired salts), gives slow clients a deadline for
 * their request, and shuts down cleanly: stop accepting, let in-flight
 * requests finish their commit, close the store.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { createEventWriter } from './db/event-writer.ts';
import { retentionCutoff } from './db/prune-events.ts';
import { startDeliveryWorker, type DeliveryWorker } from './contact/delivery-worker.ts';
import { createTarget } from './contact/targets/create-target.ts';
import { pruneContactRequests } from './outbox/prune-contact-requests.ts';
import { openStore } from './store/open-store.ts';
import { ARTICLE_MANIFEST } from '../site/lib/article-manifest.ts';
import { watchedArticleList, type ArticleList } from './site/article-list.ts';
import { mountSite } from './site/serve-site.ts';
import type { AppOptions } from './app.ts';
import type { ServiceSettings } from './service-settings.ts';
import type { PolicyConfig } from '../site/lib/security-policy.ts';

/** Options of `startServer`. */
export interface StartServerOptions {
  /** TCP port (default 4321; 0 picks a free one). */
  port?: number;
  /** Address to listen on (default 127.0.0.1; 0.0.0.0 for every interface). */
  host?: string;
  /** The analytics database: a SQLite file (created on first start) or a postgres:// URL. */
  db: string;
  /** Folder of the built site to serve beside the API (default `dist`); false serves the API only. */
  site?: string | false;
  settings: ServiceSettings;
  /** The KB's config as the site's Content-Security-Policy needs it; defaults to the site URL of `settings` and the tracker's default endpoint. */
  siteConfig?: PolicyConfig;
  /** What the dashboard's endpoints read (KB folder, reports folder, time zone, synonyms). */
  dashboard?: AppOptions['dashboard'];
  /** SQLite `synchronous` setting (see `analytics.synchronous`). */
  synchronous?: 'normal' | 'full';
  /**
   * The site's article manifest; events for other slugs are stored as
   * `unknown`. Default: `articles.json` in the served site, when it is there.
   * False accepts every slug.
   */
  articles?: string | false;
  /** How long a client may take to send a whole request (headers and body), in ms (default 10 s). */
  requestTimeoutMs?: number;
  /** How often raw events past retention are pruned, in ms (default daily). */
  pruneEveryMs?: number;
  /** How often the store's upkeep runs, in ms (default hourly). */
  maintainEveryMs?: number;
  /** Where the server reports what it does (default: stdout). */
  log?: (line: string) => void;
  /** Where it reports errors (default: stderr). */
  logError?: (error: unknown) => void;
}

/** A running server. */
export interface RunningServer {
  url: string;
  port: number;
  /** Whether the built site is served too. */
  site: string | false;
  /** Stops accepting requests, lets in-flight ones finish, commits pending writes and closes the database. */
  close(): Promise<void>;
}

/** The server cannot start as asked (no site folder, port taken); the message says how to fix it. */
export class ServerStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServerStartError';
  }
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const DRAIN_TIMEOUT_MS = 5000;
const REQUEST_TIMEOUT_MS = 10_000;

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const logError = options.logError ?? ((error: unknown) => console.error('analytics-api:', error));
  const site = options.site === undefined ? 'dist' : options.site;
  if (site !== false && !(existsSync(site) && statSync(site).isDirectory())) {
    throw new ServerStartError(`${site}: no built site in this folder. Fix: build the site first (npm run build), or serve the API only with --no-site.`);
  }

  const articlesFile = options.articles ?? (site !== false && existsSync(path.join(site, ARTICLE_MANIFEST)) ? path.join(site, ARTICLE_MANIFEST) : false);
  let articles: ArticleList | undefined;
  if (articlesFile !== false) {
    try {
      articles = watchedArticleList(articlesFile);
    } catch (error) {
      throw new ServerStartError((error as Error).message);
    }
  }

  const store = await openStore(options.db, { sqlite: { synchronous: options.synchronous }, maxClockSkewMs: options.settings.maxClockSkewMs, logError });
  // A server that cannot write or whose file is damaged would answer 503 to every event: refuse to start instead.
  const intact = await store.checkAtStart();
  if (!intact.ok) {
    await store.close();
    throw new ServerStartError(intact.message);
  }
  try {
    await store.maintain(Date.now());
  } catch (error) {
    await store.close();
    throw error;
  }
  const health = store.createHealth();
  const writer = createEventWriter(store, { onError: logError, onOutcome: (error) => health.noteWrite(error) });
  const contact = options.settings.contact;
  let worker: DeliveryWorker | undefined;
  const app = createApp({ store, settings: options.settings, writer, logError, health, dashboard: options.dashboard, onContactAccepted: () => worker?.wake(), ...(articles ? { articles } : {}) });
  if (site !== false) {
    mountSite(app, site, { config: options.siteConfig ?? { site: { url: options.settings.siteUrl }, analytics: { endpoint: '/api/events' }, contact: {} } });
  }

  const prune = async () => {
    try {
      const cutoff = retentionCutoff(Date.now(), options.settings.retentionMonths);
      const result = await store.prune(cutoff);
      if (result.days > 0) log(`Rolled up ${result.days} day(s) of raw events past retention (${result.events} events).`);
      const requests = await pruneContactRequests(store.outbox, cutoff);
      if (requests > 0) log(`Deleted ${requests} contact request record(s) past retention.`);
    } catch (error) {
      logError(error);
    }
  };
  const maintain = async () => {
    try {
      const result = await store.maintain(Date.now());
      if (result.rolledUp > 0) log(`Rolled up ${result.rolledUp} completed day(s) into the daily totals.`);
    } catch (error) {
      logError(error);
    }
  };

  let server: Server;
  try {
    server = await new Promise<Server>((resolve, reject) => {
      const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
      const created = serve(
        {
          fetch: app.fetch,
          port: options.port ?? 4321,
          hostname: options.host ?? '127.0.0.1',
          // A client that trickles its headers or body is cut off (408) instead of holding a socket for minutes.
          serverOptions: { requestTimeout, headersTimeout: requestTimeout, connectionsCheckingInterval: Math.max(100, Math.min(1000, requestTimeout / 4)) },
        },
        () => resolve(created as Server),
      );
      created.once('error', reject);
    });
  } catch (error) {
    await writer.close();
    await health.close();
    await store.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new ServerStartError(`Port ${options.port ?? 4321} is already in use. Fix: stop the other server or pick another port with --port.`);
    throw error;
  }
  server.on('error', logError);
  if (contact?.target) {
    const target = createTarget(contact.target, contact.delivery);
    worker = startDeliveryWorker(store.outbox, { target, ...contact.delivery, log, logError });
    log(`Delivering contact requests to ${target.description}.`);
  }
  let draining = false;
  // While shutting down, ask keep-alive clients to hang up after their current request,
  // so busy connections drain instead of holding the server open until the timeout.
  server.prependListener('request', (_request, response) => {
    if (draining) response.setHeader('Connection', 'close');
  });

  const firstPrune = setTimeout(prune, 1000);
  const dailyPrune = setInterval(prune, options.pruneEveryMs ?? DAY_MS);
  const hourlyUpkeep = setInterval(maintain, options.maintainEveryMs ?? HOUR_MS);
  firstPrune.unref();
  dailyPrune.unref();
  hourlyUpkeep.unref();

  const address = server.address() as AddressInfo;
  const shownHost = ['0.0.0.0', '::'].includes(address.address) ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shownHost}:${address.port}/`;
  if (articles) log(`Accepting events for the ${articles.size} articles in ${articlesFile}; other slugs are stored as "unknown".`);
  const database = store.engine === 'sqlite' ? `database ${store.location}` : `PostgreSQL ${store.location}`;
  log(site === false ? `Analytics API at ${url}api/ (${database})` : `Help center at ${url} with the analytics API at ${url}api/ and the dashboard at ${url}admin/ (site ${site}, ${database})`);

  let closing: Promise<void> | undefined;
  return {
    url,
    port: address.port,
    site,
    close() {
      closing ??= (async () => {
        draining = true;
        clearTimeout(firstPrune);
        clearInterval(dailyPrune);
        clearInterval(hourlyUpkeep);
        await new Promise<void>((resolve) => {
          const force = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS);
          force.unref();
          server.close(() => {
            clearTimeout(force);
            resolve();
          });
          server.closeIdleConnections();
        });
        await worker?.close();
        await writer.close();
        await health.close();
        // Closing SQLite's last connection checkpoints the WAL into the database file and removes it.
        await store.close();
      })();
      return closing;
    },
  };
}

/**
 * Runs the API (and, when given a folder, the built site) over HTTP with
 * `@hono/node-server`: opens the database, commits events in groups, prunes
 * old raw events once a day, and shuts down cleanly: stop accepting, let
 * in-flight requests finish their commit, close the database.
 */
import { existsSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { createEventWriter } from './db/event-writer.ts';
import { openDatabase } from './db/open-database.ts';
import { pruneEvents, retentionCutoff } from './db/prune-events.ts';
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
  /** The analytics database file (created on first start). */
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
  /** How often raw events past retention are pruned, in ms (default daily). */
  pruneEveryMs?: number;
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
const DRAIN_TIMEOUT_MS = 5000;

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const logError = options.logError ?? ((error: unknown) => console.error('analytics-api:', error));
  const site = options.site === undefined ? 'dist' : options.site;
  if (site !== false && !(existsSync(site) && statSync(site).isDirectory())) {
    throw new ServerStartError(`${site}: no built site in this folder. Fix: build the site first (npm run build), or serve the API only with --no-site.`);
  }

  const db = openDatabase(options.db, { synchronous: options.synchronous });
  const writer = createEventWriter(db, { onError: logError });
  const app = createApp({ db, settings: options.settings, writer, logError, dashboard: options.dashboard });
  if (site !== false) {
    mountSite(app, site, { config: options.siteConfig ?? { site: { url: options.settings.siteUrl }, analytics: { endpoint: '/api/events' }, contact: {} } });
  }

  const prune = () => {
    try {
      const result = pruneEvents(db, retentionCutoff(Date.now(), options.settings.retentionMonths));
      if (result.days > 0) log(`Rolled up ${result.days} day(s) of raw events past retention (${result.events} events).`);
    } catch (error) {
      logError(error);
    }
  };

  let server: Server;
  try {
    server = await new Promise<Server>((resolve, reject) => {
      const created = serve({ fetch: app.fetch, port: options.port ?? 4321, hostname: options.host ?? '127.0.0.1' }, () => resolve(created as Server));
      created.once('error', reject);
    });
  } catch (error) {
    writer.close();
    db.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new ServerStartError(`Port ${options.port ?? 4321} is already in use. Fix: stop the other server or pick another port with --port.`);
    throw error;
  }
  server.on('error', logError);
  let draining = false;
  // While shutting down, ask keep-alive clients to hang up after their current request,
  // so busy connections drain instead of holding the server open until the timeout.
  server.prependListener('request', (_request, response) => {
    if (draining) response.setHeader('Connection', 'close');
  });

  const firstPrune = setTimeout(prune, 1000);
  const dailyPrune = setInterval(prune, options.pruneEveryMs ?? DAY_MS);
  firstPrune.unref();
  dailyPrune.unref();

  const address = server.address() as AddressInfo;
  const shownHost = ['0.0.0.0', '::'].includes(address.address) ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shownHost}:${address.port}/`;
  log(site === false ? `Analytics API at ${url}api/ (database ${options.db})` : `Help center at ${url} with the analytics API at ${url}api/ and the dashboard at ${url}admin/ (site ${site}, database ${options.db})`);

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
        await new Promise<void>((resolve) => {
          const force = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS);
          force.unref();
          server.close(() => {
            clearTimeout(force);
            resolve();
          });
          server.closeIdleConnections();
        });
        writer.close();
        // Closing the last connection checkpoints the WAL into the database file and removes it.
        db.close();
      })();
      return closing;
    },
  };
}

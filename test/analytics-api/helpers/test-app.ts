/**
 * A real analytics app on a real SQLite file in a temp folder, called with
 * `app.request()`. `post` sends events the way a browser would (user agent,
 * client address) so tests only spell out what they vary.
 * `engine-test-app.ts` builds the same on either engine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp, type AppOptions } from '../../../analytics-api/app.ts';
import type { Database } from '../../../analytics-api/db/open-database.ts';
import { openDatabase } from '../../../analytics-api/db/open-database.ts';
import type { StoredEvent } from '../../../analytics-api/db/event-row.ts';
import type { ServiceSettings } from '../../../analytics-api/service-settings.ts';
import type { ArticleList } from '../../../analytics-api/site/article-list.ts';
import { eventColumns } from '../../../analytics-api/db/event-row.ts';
import { sqliteStore } from '../../../analytics-api/store/sqlite-store.ts';

export const BROWSER_UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36';
export const TOKEN = 'test-token-0123456789abcdef';
export const CLIENT_IP = '198.51.100.23';

export function testSettings(overrides: Partial<ServiceSettings> = {}): ServiceSettings {
  return {
    siteUrl: 'https://help.test.example',
    token: TOKEN,
    allowedOrigins: ['https://cdn.test.example', 'https://help.test.example'],
    trustedProxies: [],
    respectDnt: true,
    respectGpc: true,
    dropBots: true,
    rateLimit: { requestsPerMinute: 600, burst: 200 },
    eventsPerDay: 5000,
    maxClockSkewMs: 24 * 3_600_000,
    retentionMonths: 13,
    ...overrides,
  };
}

export interface TestApp {
  app: ReturnType<typeof createApp>;
  db: Database;
  dir: string;
  file: string;
  clock: { now: number };
  /** POSTs `body` (JSON-encoded unless a string) to /api/events. */
  post(body: unknown, options?: { headers?: Record<string, string>; ip?: string }): Promise<Response>;
  /** GETs a read-API path with the token (or `token: null` for none). */
  get(pathname: string, options?: { token?: string | null; headers?: Record<string, string>; ip?: string }): Promise<Response>;
  events(): StoredEvent[];
  close(): void;
}

export function createTestApp(options: { settings?: Partial<ServiceSettings>; now?: number; articles?: ArticleList; dashboard?: AppOptions['dashboard'] } = {}): TestApp {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-analytics-test-'));
  const file = path.join(dir, 'analytics.db');
  const db = openDatabase(file);
  const clock = { now: options.now ?? Date.parse('2025-11-20T12:00:00Z') };
  const app = createApp({ store: sqliteStore(db), settings: testSettings(options.settings), now: () => clock.now, logError: () => {}, dashboard: options.dashboard, ...(options.articles ? { articles: options.articles } : {}) });
  return {
    app,
    db,
    dir,
    file,
    clock,
    ...requesters(app),
    events() {
      return db.prepare(`SELECT ${eventColumns.join(', ')} FROM events ORDER BY id`).all() as StoredEvent[];
    },
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `post` and `get` as a browser and a script would send them to `app`. */
export function requesters(app: ReturnType<typeof createApp>): Pick<TestApp, 'post' | 'get'> {
  const env = (ip: string) => ({ incoming: { socket: { remoteAddress: ip } } });
  return {
    async post(body, { headers = {}, ip = CLIENT_IP } = {}) {
      return app.request(
        '/api/events',
        { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': BROWSER_UA, ...headers } },
        env(ip),
      );
    },
    async get(pathname, { token = TOKEN, headers = {}, ip = CLIENT_IP } = {}) {
      return app.request(pathname, { headers: { ...(token === null ? {} : { authorization: `Bearer ${token}` }), ...headers } }, env(ip));
    },
  };
}

/** A valid event of each type at `ts`, for building batches. */
export function sampleEvents(ts: number, session = 'session-aaaa1111') {
  return {
    view: { type: 'view', session, ts, article: 'reset-your-password' },
    vote: { type: 'vote', session, ts, article: 'reset-your-password', vote: 'down', reason: 'unclear', comment: 'Step 3 is confusing' },
    search: { type: 'search', session, ts, query: 'refund', results: 0 },
    search_click: { type: 'search_click', session, ts, query: 'invoice', article: 'download-invoices', position: 2 },
    contact_open: { type: 'contact_open', session, ts, article: 'reset-your-password' },
    contact_submit: { type: 'contact_submit', session, ts },
  } as const;
}

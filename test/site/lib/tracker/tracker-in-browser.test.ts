/**
 * The tracker in real Chromium against the real server: a view, a vote, a
 * typed search that finds nothing and a contact flow reach the database
 * with the right fields, one search per burst, no cookies; with the API
 * down the page shows no error.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../../../analytics-api/db/event-row.ts';
import { startServer, type RunningServer } from '../../../../analytics-api/server.ts';
import { testSettings } from '../../../analytics-api/helpers/test-app.ts';
import { browserAvailable, launchBrowser } from '../../../e2e/helpers/launch-browser.ts';

const available = browserAvailable('tracker-in-browser');

// Headless Chromium says "HeadlessChrome" in its user agent, which the API drops as a bot. The
// context option covers page requests; beacons sent while a page unloads come from the browser
// process and need the launch flag.
const DESKTOP_CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36';

let dir: string;
let server: RunningServer;
let browser: Browser;

// The script is a file of its own: kb serve's Content-Security-Policy runs no inline script.
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Tracker page</title><meta name="kb-analytics" content="/api/events"></head>
<body><h1>Reset your password</h1>
<script type="module" src="/tracker-page.js"></script></body></html>`;
const PAGE_SCRIPT = `import * as kb from '/tracker.js';
kb.initTracker({ flushMs: 100, searchSettleMs: 300 });
window.kb = kb;
window.ready = true;
`;

beforeAll(async () => {
  if (!available) return;
  dir = mkdtempSync(path.join(tmpdir(), 'kb-tracker-browser-'));
  const site = path.join(dir, 'site');
  cpSync('test/fixtures/analytics/site', site, { recursive: true });
  await build({ entryPoints: ['site/lib/tracker/index.ts'], bundle: true, minify: true, format: 'esm', platform: 'browser', outfile: path.join(site, 'tracker.js') });
  writeFileSync(path.join(site, 'tracker-page.html'), PAGE);
  writeFileSync(path.join(site, 'tracker-page.js'), PAGE_SCRIPT);
  server = await startServer({ port: 0, db: path.join(dir, 'analytics.db'), site, settings: testSettings({ rateLimit: { requestsPerMinute: 6000, burst: 1000 } }), log: () => {} });
  browser = await launchBrowser([`--user-agent=${DESKTOP_CHROME}`]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The stored events in the order the page tracked them: batches in flight at once may be stored in either order on a busy machine. */
function storedEvents(): StoredEvent[] {
  const db = new Database(path.join(dir, 'analytics.db'), { readonly: true });
  try {
    return db.prepare('SELECT * FROM events ORDER BY ts, id').all() as StoredEvent[];
  } finally {
    db.close();
  }
}

async function waitForEvents(count: number): Promise<StoredEvent[]> {
  for (let i = 0; i < 100; i++) {
    const events = storedEvents();
    if (events.length >= count) return events;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return storedEvents();
}

/** The tracker page, loaded and initialised, with the page errors it raises. */
async function openTrackerPage(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ userAgent: DESKTOP_CHROME });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL('/tracker-page.html', server.url).href);
  await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
  return { context, page, errors };
}

describe.skipIf(!available)('tracker in Chromium', () => {
  it('records a view, a vote, one zero-result search per burst and a contact flow', async () => {
    const { context, page, errors } = await openTrackerPage();

    const session = await page.evaluate(async () => {
      const kb = (window as unknown as { kb: typeof import('../../../../site/lib/tracker/index.ts') }).kb;
      const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      kb.track({ type: 'view', article: 'reset-your-password' });
      kb.track({ type: 'vote', article: 'reset-your-password', vote: 'down', reason: 'did-not-work', comment: 'Mail me: jo@example.com' });
      // Pagefind-style results on each debounced keystroke, then the clear-input event.
      for (const [query, results] of [['p', 40], ['pa', 21], ['pay', 8], ['payr', 0], ['payro', 0], ['payroll csv', 0]] as const) {
        kb.trackSearch(query, results);
        await pause(60);
      }
      await pause(600);
      kb.trackSearch('', 0);
      kb.track({ type: 'contact_open', article: 'reset-your-password' });
      kb.trackSearch('reset password', 3);
      await pause(50);
      kb.trackSearchClick('reset password', 'reset-your-password', 2);
      kb.track({ type: 'contact_submit', article: 'reset-your-password' });
      return kb.sessionId();
    });
    // Leaving the page flushes with sendBeacon.
    await page.goto(new URL('/', server.url).href);

    const events = await waitForEvents(7);
    expect(events.map((event) => event.type)).toEqual(['view', 'vote', 'search', 'contact_open', 'search', 'search_click', 'contact_submit']);
    expect(new Set(events.map((event) => event.session))).toEqual(new Set([session]));
    expect(events[1]).toMatchObject({ article: 'reset-your-password', vote: 'down', reason: 'did-not-work', comment: 'Mail me: [email]' });
    expect(events.filter((event) => event.type === 'search').map((event) => [event.query, event.results])).toEqual([
      ['payroll csv', 0],
      ['reset password', 3],
    ]);
    expect(events[5]).toMatchObject({ query: 'reset password', article: 'reset-your-password', position: 2 });
    for (const event of events) {
      expect(Math.abs(event.ts - event.received_at)).toBeLessThan(60_000);
      expect(event.visitor).toMatch(/^[\w-]{22}$/);
      // The page's <html lang>, for the split by locale.
      expect(event.locale).toBe('en');
    }
    expect(await context.cookies()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows no error on the page when the API is down', async () => {
    const { context, page, errors } = await openTrackerPage();
    const visible = await page.evaluate(async () => {
      const kb = (window as unknown as { kb: typeof import('../../../../site/lib/tracker/index.ts') }).kb;
      // A port nothing listens on.
      kb.initTracker({ endpoint: 'http://127.0.0.1:9/api/events', flushMs: 50 });
      kb.track({ type: 'view', article: 'reset-your-password' });
      kb.flush();
      kb.track({ type: 'view', article: 'reset-your-password' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      return document.body.innerText;
    });
    expect(errors).toEqual([]);
    expect(visible.trim()).toBe('Reset your password');
    await context.close();
  });
});

/**
 * The built help center served by `startServer` — what `kb serve` runs: the
 * real analytics API writing a real SQLite file — in real Chromium. A view,
 * a vote, a search that finds nothing and a contact flow land in the
 * database with the right fields, and the deflection report counts them.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../../analytics-api/db/event-row.ts';
import { startServer, type RunningServer } from '../../../analytics-api/server.ts';
import { TOKEN, testSettings } from '../../analytics-api/helpers/test-app.ts';
import { sharedFixtureSite } from '../helpers/shared-site.ts';
import { browserAvailable, launchBrowser } from '../helpers/launch-browser.ts';

const hasBrowser = browserAvailable('analytics flow browser tests');
// The API drops "HeadlessChrome" as a bot; beacons sent while a page unloads need the launch flag.
const DESKTOP_CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36';

let server: RunningServer;
let browser: Browser | undefined;
let dbFile: string;

beforeAll(async () => {
  const build = await sharedFixtureSite();
  dbFile = path.join(mkdtempSync(path.join(tmpdir(), 'kb-analytics-flow-')), 'analytics.db');
  server = await startServer({
    port: 0,
    db: dbFile,
    site: build.outDir,
    settings: testSettings({ siteUrl: 'https://help.shiftly.example', rateLimit: { requestsPerMinute: 6000, burst: 1000 } }),
    log: () => {},
  });
  if (hasBrowser) browser = await launchBrowser([`--user-agent=${DESKTOP_CHROME}`]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Rows stored so far for a session, read from the database file as another process would. */
function storedRows(session: string): StoredEvent[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare('SELECT * FROM events WHERE session = ? ORDER BY id').all(session) as StoredEvent[];
  } finally {
    db.close();
  }
}

async function open(pathname: string): Promise<{ page: Page; rows: () => Promise<StoredEvent[]> }> {
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({ userAgent: DESKTOP_CHROME });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined));
  await page.goto(new URL(pathname, server.url).href);
  // The tracker keeps the tab's session id in sessionStorage, created with the tab's first event.
  const rows = async () => storedRows((await page.evaluate(() => sessionStorage.getItem('kb-analytics-session'))) ?? '');
  return { page, rows };
}

describe.skipIf(!hasBrowser)('analytics on the built site', () => {
  it('stores a view and a "No" vote with its reason, personal data scrubbed', async () => {
    const { page, rows } = await open('/articles/create-an-api-key/');
    await page.getByRole('button', { name: 'No' }).click();
    await page.getByLabel('The steps did not work').check();
    await page.getByLabel('Anything else we should know? (optional)').fill('Write to jo@example.com, the key expired.');
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await expect.poll(async () => (await rows()).map((r) => r.type), { timeout: 10_000 }).toEqual(['view', 'vote']);
    const [view, vote] = await rows();
    expect(view).toMatchObject({ type: 'view', article: 'create-an-api-key', query: null });
    expect(vote).toMatchObject({ type: 'vote', article: 'create-an-api-key', vote: 'down', reason: 'did-not-work', comment: 'Write to [email], the key expired.' });
    expect(vote?.visitor).toMatch(/^[\w-]{16,}$/);
    expect(vote?.visitor).not.toContain('127.0.0.1');
    await page.close();
  });

  it('stores one search per burst for a query with no results', async () => {
    const { page, rows } = await open('/');
    await page.keyboard.press('/');
    await page.getByRole('dialog').getByRole('searchbox').pressSequentially('xylophone', { delay: 60 });
    await expect.poll(() => page.locator('.search-status').innerText()).toBe('No results.');
    await expect.poll(async () => (await rows()).filter((r) => r.type === 'search').length, { timeout: 10_000 }).toBe(1);
    // One row for the burst: not "xy", "xylo"… nor the empty search when the box is cleared.
    await page.getByRole('dialog').getByRole('searchbox').fill('');
    await page.waitForTimeout(2_500);
    expect((await rows()).filter((r) => r.type === 'search')).toMatchObject([{ query: 'xylophone', results: 0 }]);
    await page.close();
  });

  it('shows the zero-result state for a gibberish query and stores it with results: 0', async () => {
    const { page, rows } = await open('/articles/invite-your-team/');
    await page.keyboard.press('/');
    await page.getByRole('dialog').getByRole('searchbox').pressSequentially('qzxv blorptag', { delay: 40 });
    await expect.poll(() => page.locator('.search-status').innerText()).toBe('No results.');
    const empty = page.locator('.search-empty');
    await empty.waitFor();
    expect(await empty.getByRole('link', { name: 'Contact support' }).isVisible()).toBe(true);
    expect(await page.locator('.search-results a').count()).toBe(0);
    await expect.poll(async () => (await rows()).filter((r) => r.type === 'search'), { timeout: 10_000 }).toMatchObject([{ query: 'qzxv blorptag', results: 0 }]);
    await page.close();
  });

  it('stores a contact flow: opened from an article, deflected by a suggestion, or submitted', async () => {
    const { page, rows } = await open('/articles/invite-your-team/');
    await Promise.all([page.waitForURL(/\/contact\/\?article=invite-your-team$/), page.locator('.still-stuck').getByRole('link', { name: 'Contact support' }).click()]);
    await page.getByLabel('What do you need help with?').pressSequentially('clock in location');
    const suggestion = page.locator('[data-contact-suggestions]').getByRole('link', { name: 'Fix the clock-in location error' });
    await Promise.all([page.waitForURL(/\/articles\/fix-clock-in-location-error\/$/), suggestion.click()]);
    // The subject typed on the contact page is a search too: it shows what customers look for.
    await expect.poll(async () => (await rows()).map((r) => r.type), { timeout: 10_000 }).toEqual(['view', 'contact_open', 'search', 'search_click', 'view']);
    const deflected = await rows();
    expect(deflected[1]).toMatchObject({ article: 'invite-your-team' });
    expect(deflected[2]).toMatchObject({ query: 'clock in location' });
    expect(deflected[3]).toMatchObject({ query: 'clock in location', article: 'fix-clock-in-location-error', position: 1 });
    expect(deflected[4]).toMatchObject({ article: 'fix-clock-in-location-error' });

    const second = await open('/contact/?article=invite-your-team');
    await second.page.route('https://helpdesk.shiftly.example/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Helpdesk</title>' }));
    const session = await second.page.evaluate(() => sessionStorage.getItem('kb-analytics-session'));
    await second.page.getByLabel('What do you need help with?').fill('Invoice question');
    // Looking up suggestions for the subject is a search: once it is logged, the request is sent.
    await expect.poll(() => storedRows(session ?? '').map((r) => r.type), { timeout: 10_000 }).toEqual(['contact_open', 'search']);
    await second.page.getByRole('button', { name: 'Continue to the support form' }).click();
    await expect.poll(() => storedRows(session ?? '').map((r) => r.type), { timeout: 10_000 }).toEqual(['contact_open', 'search', 'contact_submit']);
    expect(storedRows(session ?? '')[1]).toMatchObject({ type: 'search', query: 'Invoice question' });
    expect(storedRows(session ?? '')[2]).toMatchObject({ type: 'contact_submit', article: 'invite-your-team' });

    const response = await fetch(new URL('/api/stats/deflection', server.url), { headers: { Authorization: `Bearer ${TOKEN}` } });
    const stats = (await response.json()) as Record<string, { count: number }>;
    expect(stats.deflected_at_contact?.count).toBeGreaterThanOrEqual(1);
    expect(stats.contacted?.count).toBeGreaterThanOrEqual(1);
    await page.close();
    await second.page.close();
  });
});

/**
 * The KB owner's dashboard in Chromium, served by `kb serve` with real
 * events in a real SQLite file and weekly reports on disk: a wrong token
 * refused, the right one showing figures and charts (kept in the tab's
 * sessionStorage only), the weekly reports in a sandboxed frame, the empty
 * state, the message when the service is not there, a phone's width, axe
 * in both colour schemes, and no Content-Security-Policy violation.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../analytics-api/server.ts';
import { loadConfig } from '../../../plugins/config/load-config.ts';
import { htmlPage } from '../../../scripts/reports/html.ts';
import { testSettings, TOKEN } from '../../analytics-api/helpers/test-app.ts';
import type { SiteBuild } from '../helpers/build-site.ts';
import { browserAvailable, launchBrowser } from '../helpers/launch-browser.ts';
import { sharedFixtureSite, siteFixture } from '../helpers/shared-site.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

const hasBrowser = browserAvailable('dashboard browser tests');
const DESKTOP_CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36';

let build: SiteBuild;
let server: RunningServer;
let empty: RunningServer;
let noApi: StaticServer;
let browser: Browser | undefined;

function reportsFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-dashboard-reports-'));
  mkdirSync(path.join(dir, '2026-W10'));
  writeFileSync(path.join(dir, '2026-W10', 'report.html'), htmlPage('Weekly KB report 2026-W10', '<h1>Weekly KB report 2026-W10</h1><p>3 articles need work.</p>'));
  const findings = [
    { kind: 'stale', article: 'invite-your-team', title: 'Invite your team', owner: 'sam', file: 'articles/getting-started/invite-your-team.mdx', evidence: 'Last updated 120 days ago.', action: 'Check it against the product.', details: [] },
    { kind: 'unhelpful', article: 'create-an-api-key', title: 'Create an API key', owner: 'omar', file: 'articles/api/create-an-api-key.mdx', evidence: '40% helpful from 12 votes.', action: 'Rewrite the steps.', details: [] },
  ];
  const owners = [
    { owner: 'omar', findings: 1, by_kind: { unhelpful: 1 } },
    { owner: 'sam', findings: 1, by_kind: { stale: 1 } },
  ];
  writeFileSync(path.join(dir, '2026-W10', 'report.json'), JSON.stringify({ week: '2026-W10', hygiene: { generated_at: '2026-03-09T06:00:00Z', articles: 6, has_analytics: true, releases: null, notes: [], findings, owners } }));
  return dir;
}

async function post(target: RunningServer, events: object[]): Promise<void> {
  const ts = Date.now();
  const response = await fetch(new URL('/api/events', target.url), {
    method: 'POST',
    body: JSON.stringify(events.map((e) => ({ ts, ...e }))),
    headers: { 'content-type': 'text/plain', 'user-agent': DESKTOP_CHROME },
  });
  expect(response.status).toBe(202);
}

beforeAll(async () => {
  build = await sharedFixtureSite();
  const config = loadConfig(siteFixture);
  const settings = testSettings({ siteUrl: 'https://help.shiftly.example', rateLimit: { requestsPerMinute: 6000, burst: 1000 } });
  const dashboard = { contentDir: siteFixture, timezone: 'UTC', synonyms: config.search.synonyms, language: 'en', basePath: '/' };
  server = await startServer({ port: 0, db: path.join(mkdtempSync(path.join(tmpdir(), 'kb-dashboard-')), 'a.db'), site: build.outDir, settings, siteConfig: config, dashboard: { ...dashboard, reportsDir: reportsFolder() }, log: () => {} });
  empty = await startServer({ port: 0, db: path.join(mkdtempSync(path.join(tmpdir(), 'kb-dashboard-empty-')), 'a.db'), site: build.outDir, settings, siteConfig: config, dashboard, log: () => {} });
  noApi = await startStaticServer(build.outDir);
  await post(server, [
    { type: 'view', session: 'dash-session-1', article: 'create-an-api-key' },
    { type: 'vote', session: 'dash-session-1', article: 'create-an-api-key', vote: 'down', reason: 'did-not-work', comment: 'The key expired at once.' },
    { type: 'search', session: 'dash-session-2', query: 'export timesheet pdf', results: 0 },
    { type: 'search', session: 'dash-session-2', query: 'payroll', results: 2 },
    { type: 'view', session: 'dash-session-3', article: 'invite-your-team' },
  ]);
  if (hasBrowser) browser = await launchBrowser([`--user-agent=${DESKTOP_CHROME}`]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await empty?.close();
  await noApi?.close();
});

interface Opened {
  page: Page;
  context: BrowserContext;
  violations: string[];
}

async function open(base: string, pathname: string, options: { width?: number; colorScheme?: 'light' | 'dark'; watchCsp?: boolean } = {}): Promise<Opened> {
  if (!browser) throw new Error('no browser');
  // axe-core injects its script into the page, which the site's CSP rightly refuses: its pages are audited with the CSP off.
  const context = await browser.newContext({ userAgent: DESKTOP_CHROME, viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.colorScheme ?? 'light', bypassCSP: options.watchCsp === false });
  const page = await context.newPage();
  const violations: string[] = [];
  if (options.watchCsp !== false) {
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
  }
  await page.goto(new URL(pathname, base).href);
  return { page, context, violations };
}

async function signIn(page: Page, token: string): Promise<void> {
  await page.getByLabel('Read token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * axe over the dashboard page. The report's sandboxed frame runs no script,
 * so axe cannot be injected into it (it would wait forever): the frame is
 * left out, and axe runs in the dashboard page alone.
 */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ iframes: false })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.skipIf(!hasBrowser)('the dashboard', () => {
  it('refuses a wrong token and stores nothing', async () => {
    const { page, context } = await open(server.url, '/admin/');
    await signIn(page, 'not-the-token-0000000000');
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/^That token was not accepted: The token is not valid for this server/);
    expect(await page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(false);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await context.close();
  });

  it('shows this week and last with charts once signed in, keeps the token in the tab only, and forgets it on sign-out', async () => {
    const { page, context, violations } = await open(server.url, '/admin/');
    await signIn(page, TOKEN);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    const tiles = page.getByRole('list', { name: 'This week against last week' });
    expect(await tiles.getByRole('listitem').filter({ hasText: 'Article views' }).innerText()).toMatch(/Article views\s+2\b/);
    await expect.poll(() => page.locator('img[data-chart]').evaluateAll((images) => images.filter((i) => (i as HTMLImageElement).naturalWidth > 0).length)).toBeGreaterThanOrEqual(4);
    expect(await page.locator('img[data-chart="views"]').getAttribute('alt')).toBe('Article views per day, this week and last');
    const zero = page.getByRole('table', { name: 'Searches that found nothing, and what to do' });
    expect(await zero.getByRole('row').filter({ hasText: 'export timesheet pdf' }).innerText()).toContain('Create an article');
    const unhelpful = page.getByRole('region', { name: 'Unhelpful articles' });
    expect(await unhelpful.innerText()).toContain('Create an API key');
    expect(await unhelpful.locator('q').allInnerTexts()).toEqual(['The key expired at once.']);
    const hygiene = page.getByRole('region', { name: 'Hygiene findings by owner' });
    expect(await hygiene.innerText()).toContain('From the 2026-W10 weekly report: 2 findings.');
    expect(await hygiene.locator('summary').allInnerTexts()).toEqual(['omar: 1 (1 unhelpful)', 'sam: 1 (1 stale)']);
    expect(await page.evaluate(() => sessionStorage.getItem('kb-admin-token'))).toBe(TOKEN);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(page.url()).not.toContain(TOKEN);
    await page.reload();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    expect(await page.getByLabel('Read token').isVisible()).toBe(true);
    expect(await page.evaluate(() => sessionStorage.getItem('kb-admin-token'))).toBeNull();
    expect(violations).toEqual([]);
    await context.close();
  });

  it('shows the weekly reports in a sandboxed frame', async () => {
    const { page, context, violations } = await open(server.url, '/admin/reports/');
    await signIn(page, TOKEN);
    const frame = page.locator('iframe.report-frame');
    await expect.poll(() => frame.isVisible()).toBe(true);
    expect(await frame.getAttribute('sandbox')).toBe('');
    expect(await frame.getAttribute('title')).toBe('KB report, 2026-W10');
    await expect.poll(() => page.frameLocator('iframe.report-frame').getByRole('heading', { level: 1 }).innerText()).toBe('Weekly KB report 2026-W10');
    expect(violations).toEqual([]);
    await context.close();
  });

  it('says so when there is no data yet and no report', async () => {
    const { page, context } = await open(empty.url, '/admin/');
    await signIn(page, TOKEN);
    await expect.poll(() => page.getByRole('heading', { name: 'No analytics yet' }).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Hygiene findings by owner' }).innerText()).toContain('No weekly report yet: run npx kb weekly');
    await page.goto(new URL('/admin/reports/', empty.url).href);
    await expect.poll(() => page.getByRole('heading', { name: 'No weekly reports yet' }).isVisible()).toBe(true);
    await context.close();
  });

  it('says the service is not reachable when the site is served without it', async () => {
    const { page, context } = await open(noApi.url, '/admin/');
    await signIn(page, TOKEN);
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/^The analytics service is not reachable at .*\/api\/admin\/overview/);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [390, 1280]) {
      it(`has no axe violations signed out and signed in, on the overview and the reports (${colorScheme}, ${width} px)`, async () => {
        const { page, context } = await open(server.url, '/admin/', { colorScheme, width, watchCsp: false });
        expect(await axeViolations(page), 'sign-in').toEqual([]);
        await signIn(page, TOKEN);
        await page.locator('img[data-chart="views"]').waitFor();
        expect(await axeViolations(page), 'overview').toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
        await page.goto(new URL('/admin/reports/', server.url).href);
        await page.locator('iframe.report-frame:not([hidden])').waitFor();
        expect(await axeViolations(page), 'reports').toEqual([]);
        await context.close();
      }, 120_000);
    }
  }
});

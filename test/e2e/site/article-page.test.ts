/**
 * The built site fixture as `kb serve` serves it (the real server, its
 * Content-Security-Policy on every page) and as Chromium shows it: link
 * previews, one "Still stuck?", section links, the table of contents
 * following the reader, code and links copied, the vote remembered, the
 * banner, print, live results on the home page, the layout at 390 and
 * 1280 px, and not one CSP violation on the way.
 */
import { readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../analytics-api/server.ts';
import { loadConfig } from '../../../plugins/config/load-config.ts';
import { PAGE_BUDGET, pageWeight } from '../../../scripts/build/page-weight.ts';
import { verifySearchIndex } from '../../../scripts/bench/lib/verify-search-index.ts';
import { testSettings, TOKEN } from '../../analytics-api/helpers/test-app.ts';
import type { SiteBuild } from '../helpers/build-site.ts';
import { browserAvailable, launchBrowser } from '../helpers/launch-browser.ts';
import { sharedFixtureSite, siteFixture } from '../helpers/shared-site.ts';

const hasBrowser = browserAvailable('article page browser tests');
const DESKTOP_CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36';

let build: SiteBuild;
let server: RunningServer;
let browser: Browser | undefined;

beforeAll(async () => {
  build = await sharedFixtureSite();
  server = await startServer({
    port: 0,
    db: path.join(mkdtempSync(path.join(tmpdir(), 'kb-article-page-')), 'analytics.db'),
    site: build.outDir,
    settings: testSettings({ siteUrl: 'https://help.shiftly.example', rateLimit: { requestsPerMinute: 6000, burst: 1000 } }),
    siteConfig: loadConfig(siteFixture),
    log: () => {},
  });
  if (hasBrowser) browser = await launchBrowser([`--user-agent=${DESKTOP_CHROME}`]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const url = (pathname: string) => new URL(pathname, server.url).href;
const read = (file: string) => readFileSync(path.join(build.outDir, file), 'utf8');
const articlePages = () => readdirSync(path.join(build.outDir, 'articles')).filter((slug) => !read(`articles/${slug}/index.html`).includes('http-equiv="refresh"'));

describe('the built pages', () => {
  it('carry Open Graph and Twitter card tags', () => {
    const html = read('articles/export-timesheets-for-payroll/index.html');
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain('<meta property="og:title" content="Export timesheets for payroll">');
    expect(html).toContain('<meta property="og:description" content="Download the hours your team worked as a file you can send to payroll.">');
    expect(html).toContain('<meta property="og:url" content="https://help.shiftly.example/articles/export-timesheets-for-payroll/">');
    expect(html).toContain('<meta property="og:site_name" content="Shiftly Help Center">');
    expect(html).toContain('<meta property="article:modified_time" content="2026-03-10">');
    expect(html).toContain('<meta name="twitter:card" content="summary">');
    expect(read('index.html')).toContain('<meta property="og:type" content="website">');
  });

  it('say "Still stuck?" once on every article page, and keep the way to a person', () => {
    for (const slug of articlePages()) {
      const html = read(`articles/${slug}/index.html`);
      expect(html.match(/Still stuck\?/g) ?? [], slug).toHaveLength(1);
      expect(html, slug).toContain(`href="/contact/?article=${slug}"`);
    }
  });

  it('link every section heading and list the sections once there are three', () => {
    const html = read('articles/export-timesheets-for-payroll/index.html');
    expect(html).toContain('<div class="heading"><h2 id="steps">Steps</h2><a class="anchor" href="#steps"');
    expect(html).toContain('<div class="heading"><h3 id="what-the-file-holds">What the file holds</h3>');
    expect(html).toMatch(/<nav class="toc side" aria-label="On this page"[^>]*>.*<a href="#what-the-file-holds"/s);
  });

  it('highlight code at build time with classes, never inline styles', () => {
    const html = read('articles/create-an-api-key/index.html');
    expect(html).toContain('<div class="code-block" data-language="js"><pre class="astro-code css-variables" tabindex="0" data-language="js">');
    expect(html).toContain('<span class="tk-keyword">const</span>');
    expect(html).not.toMatch(/<[^>]+\sstyle="/);
  });

  it('render callouts from MDX components and from Markdown alerts', () => {
    expect(read('articles/invite-your-team/index.html')).toContain('<div class="callout callout-tip" role="note"><p class="callout-title">Tip</p><p>Invite managers first.');
    expect(read('articles/fix-clock-in-location-error/index.html')).toMatch(/<div class="callout callout-warning" role="note">\s*<p class="callout-title">Warning<\/p>/);
  });

  it('publish an Atom feed of updated articles, linked from every page', () => {
    const feed = read('feed.xml');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(feed.match(/<entry>/g)).toHaveLength(6);
    expect(feed).not.toContain('set-up-shift-reminders'); // a draft
    expect(read('contact/index.html')).toContain('<link rel="alternate" type="application/atom+xml"');
  });

  it('keep every article page within the budget: gzipped JS ≤ 5 KB, CSS ≤ 10 KB, HTML ≤ 8 KB, and the search index whole', () => {
    for (const slug of articlePages()) {
      const weight = pageWeight(build.outDir, `articles/${slug}/index.html`);
      expect(weight.jsBytes, slug).toBeLessThanOrEqual(PAGE_BUDGET.jsBytes);
      expect(weight.cssBytes, slug).toBeLessThanOrEqual(PAGE_BUDGET.cssBytes);
      expect(weight.htmlBytes, slug).toBeLessThanOrEqual(PAGE_BUDGET.htmlBytes);
    }
    expect(verifySearchIndex(build.outDir)).toMatchObject({ ok: true, pages: 7, problems: [] });
  });

  it('never link the dashboard from a public page', () => {
    for (const file of ['index.html', 'articles/invite-your-team/index.html', 'categories/index.html', 'contact/index.html', '404.html', 'sitemap.xml', 'robots.txt']) {
      expect(read(file), file).not.toContain('/admin');
    }
    expect(read('admin/index.html')).toContain('<meta name="robots" content="noindex">');
  });
});

describe('kb serve', () => {
  it('answers an alias with a 301 to the article', async () => {
    const response = await fetch(url('/articles/add-employees/'), { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/articles/invite-your-team/');
  });

  it('sends compressed pages with the Content-Security-Policy', async () => {
    const response = await fetch(url('/articles/invite-your-team/'), { headers: { 'accept-encoding': 'br' } });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('content-security-policy')).toContain("form-action 'self' https://helpdesk.shiftly.example mailto:");
  });

  it('refuses a symbolic link planted in dist/', async () => {
    const planted = path.join(build.outDir, 'planted-passwd.txt');
    symlinkSync('/etc/passwd', planted);
    try {
      const response = await fetch(url('/planted-passwd.txt'));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('root:');
    } finally {
      rmSync(planted);
    }
  });

  it('keeps the dashboard data behind the token, and serves no dashboard without the site', async () => {
    expect((await fetch(url('/api/admin/overview'))).status).toBe(401);
    expect((await fetch(url('/api/admin/overview'), { headers: { authorization: 'Bearer wrong-token-wrong-token' } })).status).toBe(403);
    expect((await fetch(url('/api/admin/overview'), { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    expect((await fetch(url('/admin/'))).status).toBe(200);
    const apiOnly = await startServer({ port: 0, db: path.join(mkdtempSync(path.join(tmpdir(), 'kb-no-site-')), 'a.db'), site: false, settings: testSettings(), log: () => {} });
    try {
      const page = await fetch(new URL('/admin/', apiOnly.url));
      expect(page.status).toBe(404);
      expect(page.headers.get('content-type')).toMatch(/^application\/json/);
    } finally {
      await apiOnly.close();
    }
  });
});

interface Opened {
  page: Page;
  context: BrowserContext;
  /** Content-Security-Policy violations the page reported. */
  violations: string[];
}

async function open(pathname: string, options: { width?: number; colorScheme?: 'light' | 'dark'; mobile?: boolean } = {}): Promise<Opened> {
  if (!browser) throw new Error('no browser');
  const mobile = options.mobile ?? false;
  const context = await browser.newContext({
    userAgent: DESKTOP_CHROME,
    viewport: { width: options.width ?? 1280, height: mobile ? 844 : 900 },
    colorScheme: options.colorScheme ?? 'light',
    ...(mobile ? { isMobile: true, hasTouch: true } : {}),
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  const page = await context.newPage();
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(url(pathname));
  return { page, context, violations };
}

describe.skipIf(!hasBrowser)('article pages in Chromium', () => {
  it('show "On this page" beside the article at 1280 px and mark the section being read', async () => {
    const { page, context, violations } = await open('/articles/export-timesheets-for-payroll/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    expect(await toc.isVisible()).toBe(true);
    const tocBox = await toc.boundingBox();
    const bodyBox = await page.locator('#article-body').boundingBox();
    expect(tocBox && bodyBox && tocBox.x > bodyBox.x + bodyBox.width - 1).toBe(true);
    expect(await toc.getByRole('link', { name: 'Quick answer' }).getAttribute('aria-current')).toBe('true');
    await page.evaluate(() => document.getElementById('tips')?.scrollIntoView({ block: 'start' }));
    await expect.poll(() => toc.locator('[aria-current="true"]').innerText()).toBe('Tips');
    await page.evaluate(() => document.getElementById('what-the-file-holds')?.scrollIntoView({ block: 'start' }));
    await expect.poll(() => toc.locator('[aria-current="true"]').innerText()).toBe('What the file holds');
    expect(await toc.locator('[aria-current="true"]').count()).toBe(1);
    // The category's articles are beside it, the current one marked.
    expect(await page.getByRole('navigation', { name: 'Articles in How-to guides' }).getByRole('link', { name: 'Export timesheets for payroll' }).getAttribute('aria-current')).toBe('page');
    expect(violations).toEqual([]);
    await context.close();
  });

  it('fold the category list and "On this page" at 390 px, and hide the "/" hint on a touch screen', async () => {
    const { page, context } = await open('/articles/export-timesheets-for-payroll/', { width: 390, mobile: true });
    const toc = page.getByRole('navigation', { name: 'On this page' });
    expect(await toc.locator('details').getAttribute('open')).toBeNull();
    expect(await toc.getByRole('link', { name: 'Steps' }).isVisible()).toBe(false);
    await toc.locator('summary').click();
    expect(await toc.getByRole('link', { name: 'Steps' }).isVisible()).toBe(true);
    const nav = page.getByRole('navigation', { name: 'Articles in How-to guides' });
    expect(await nav.getByRole('link', { name: 'Export timesheets for payroll' }).isVisible()).toBe(false);
    expect(await page.locator('.search-trigger kbd').isVisible()).toBe(false);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('copy a section’s address from its "#" link, and a code block from its button', async () => {
    const { page, context, violations } = await open('/articles/create-an-api-key/');
    await page.getByRole('link', { name: 'Link to the section Examples' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(url('/articles/create-an-api-key/#examples'));
    expect(new URL(page.url()).hash).toBe('#examples');
    expect(await page.locator('[data-copy-status]').innerText()).toBe('Link to the section copied to the clipboard.');
    await page.getByRole('button', { name: 'Copy the js code' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(
      "const response = await fetch('https://api.shiftly.example/v1/shifts', {\n  headers: { Authorization: `Bearer ${key}` },\n});",
    );
    expect(await page.getByRole('button', { name: 'Copy the js code' }).innerText()).toBe('Copied');
    expect(violations).toEqual([]);
    await context.close();
  });

  it('keep the chosen vote pressed after a reload, and ask why after "No"', async () => {
    const { page, context } = await open('/articles/invite-your-team/');
    const yes = page.getByRole('button', { name: 'Yes' });
    const no = page.getByRole('button', { name: 'No' });
    await no.click();
    expect(await no.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('group', { name: 'What went wrong?' }).isVisible()).toBe(true);
    await page.getByLabel('It is out of date').check();
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await expect.poll(() => page.locator('.vote-thanks').innerText()).toContain('Thanks');
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'No' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: 'Yes' }).getAttribute('aria-pressed')).toBe('false');
    expect(await page.getByRole('group', { name: 'What went wrong?' }).isVisible()).toBe(false);
    expect(await page.locator('.vote-thanks').innerText()).toBe('Thanks. We will use this to improve the article.');
    await yes.click();
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Yes' }).getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });

  it('show one "Still stuck?" with the way to a person, and the banner with its link', async () => {
    const { page, context } = await open('/articles/invite-your-team/');
    expect(await page.getByRole('heading', { name: 'Still stuck?' }).count()).toBe(1);
    expect(await page.locator('.still-stuck').getByRole('link', { name: 'Contact support' }).getAttribute('href')).toBe('/contact/?article=invite-your-team');
    const banner = page.getByRole('complementary', { name: 'Announcement' });
    expect(await banner.innerText()).toBe('Scheduled maintenance on Sunday from 02:00 to 03:00 UTC.');
    expect(await banner.getByRole('link').getAttribute('href')).toBe('https://status.shiftly.example');
    await context.close();
  });

  it('print the article alone: no navigation, no buttons, every link with its address', async () => {
    const { page, context } = await open('/articles/export-timesheets-for-payroll/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['header', 'footer', '.category-nav', '.toc', '.vote', '.still-stuck', '.site-banner', '.anchor', '.breadcrumb']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    const after = await page.locator('#article-body a[href^="/contact/"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toBe('" (https://help.shiftly.example/contact/?article=export-timesheets-for-payroll)"');
    await context.close();
  });

  it('show live results under the home page’s search box, with no CSP violation while search loads', async () => {
    const { page, context, violations } = await open('/');
    await page.getByRole('searchbox', { name: 'Search help articles' }).pressSequentially('payroll export');
    const results = page.getByRole('list', { name: 'Matching articles' });
    await expect.poll(() => results.getByRole('link').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('Export timesheets for payroll')]));
    expect(await results.getByRole('link', { name: /^See all/ }).getAttribute('href')).toMatch(/\/search\/\?q=payroll%20export$/);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Export timesheets for payroll');
    expect(violations).toEqual([]);
    await context.close();
  });
});

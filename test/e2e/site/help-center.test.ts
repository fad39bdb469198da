/**
 * The help center in real Chromium, built once from the site fixture KB with
 * `kb build`: search (dialog, page, filters, keyboard, no results), contact
 * deflection and hand-off, feedback, aliases, archived and draft articles,
 * accessibility in both color schemes, and what a page costs to load.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGE_BUDGET, pageWeight } from '../../../scripts/build/page-weight.ts';
import { browserAvailable } from '../helpers/launch-browser.ts';
import { useServedSite } from '../helpers/served-site.ts';

const hasBrowser = browserAvailable('help center browser tests');

const site = useServedSite(hasBrowser);

/** A fresh browser context (own sessionStorage) with one page at `path`; `page.close()` is enough to clean up. */
async function open(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  if (!site.browser) throw new Error('no browser');
  const context = await site.browser.newContext({ colorScheme });
  const page = await context.newPage();
  page.on('close', () => {
    context.close().catch(() => undefined); // The browser may be closing already.
  });
  await page.goto(site.server.url + path);
  return page;
}

/** Opens the search dialog with `keys` and waits until its box has focus, as a reader would. */
async function openDialog(page: Page, keys = '/'): Promise<void> {
  await page.keyboard.press(keys);
  const box = page.getByRole('dialog', { name: 'Search help articles' }).getByRole('searchbox', { name: 'Search help articles' });
  await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
}

async function resultTitles(page: Page): Promise<string[]> {
  return page.locator('.search-results .hit-title').allInnerTexts();
}

/** Waits until the results on screen are those of `query` (typing fires several searches) or, without a query, of any search. */
async function waitForResults(page: Page, query?: string): Promise<void> {
  if (query !== undefined) await page.locator(`.search-results[data-query="${query}"]`).waitFor({ state: 'attached' });
  await page.locator('.search-status').filter({ hasText: /result/ }).waitFor();
}

describe('built site', () => {
  const read = (file: string) => readFileSync(path.join(site.build.outDir, file), 'utf8');

  it('publishes articles at /articles/<slug>/ with canonical URL, description and structured data', () => {
    const html = read('articles/which-browsers-can-i-use/index.html');
    expect(html).toContain('<link rel="canonical" href="https://help.shiftly.example/articles/which-browsers-can-i-use/">');
    expect(html).toContain('<meta name="description" content="Shiftly works in the latest two versions of every major browser.">');
    expect(html).toMatch(/"@type":"FAQPage".*"acceptedAnswer":\{"@type":"Answer","text":"You can use the latest two versions/);
    expect(read('articles/invite-your-team/index.html')).toContain('"@type":"Article"');
  });

  it('lists popular and most helpful articles from the analytics export, following aliases and skipping archived ones', () => {
    const html = read('index.html');
    const list = (id: string) => {
      const section = html.slice(html.indexOf(`id="${id}"`), html.indexOf('</section>', html.indexOf(`id="${id}"`)));
      return [...section.matchAll(/<a href="\/articles\/([^/]+)\/">/g)].map((m) => m[1]);
    };
    expect(list('popular-title')).toEqual(['export-timesheets-for-payroll', 'invite-your-team', 'fix-clock-in-location-error', 'create-an-api-key']);
    expect(list('helpful-title')).toEqual(['invite-your-team', 'export-timesheets-for-payroll', 'fix-clock-in-location-error']); // create-an-api-key: too few votes
  });

  it('does not publish drafts and keeps archived articles with a notice', () => {
    expect(existsSync(path.join(site.build.outDir, 'articles/set-up-shift-reminders'))).toBe(false);
    const archived = read('articles/request-time-off-by-email/index.html');
    expect(archived).toContain('This article is archived');
    expect(archived).not.toContain('data-pagefind-body');
  });

  it('turns aliases into redirect pages that work on any static host', () => {
    const html = read('articles/add-employees/index.html');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/articles/invite-your-team/">');
    expect(html).toContain('<link rel="canonical" href="https://help.shiftly.example/articles/invite-your-team/">');
  });

  it('writes the article manifest the analytics service reads: slugs with a page and their aliases', () => {
    const manifest = JSON.parse(read('articles.json')) as { articles: string[]; aliases: Record<string, string> };
    expect(manifest.articles).toContain('invite-your-team');
    expect(manifest.articles).toContain('request-time-off-by-email');
    expect(manifest.articles).not.toContain('set-up-shift-reminders');
    expect(manifest.aliases).toEqual({ 'add-employees': 'invite-your-team' });
    expect([...manifest.articles].sort()).toEqual(manifest.articles);
  });

  it('lists published articles only in the sitemap, with their last update', () => {
    const xml = read('sitemap.xml');
    expect(xml).toContain('<url><loc>https://help.shiftly.example/articles/invite-your-team/</loc><lastmod>2026-02-01</lastmod><xhtml:link');
    expect(xml).toContain('<url><loc>https://help.shiftly.example/articles/export-timesheets-for-payroll/</loc><lastmod>2026-03-10</lastmod></url>');
    expect(xml).toContain('<loc>https://help.shiftly.example/categories/faq/</loc>');
    expect(xml).not.toContain('set-up-shift-reminders');
    expect(xml).not.toContain('request-time-off-by-email');
    expect(xml).not.toContain('add-employees');
  });

  it('indexes only published articles for search', () => {
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    // Six English articles and one German translation.
    expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(7);
  });

  it('rewrites relative .mdx links and contact links in article bodies', () => {
    const html = read('articles/export-timesheets-for-payroll/index.html');
    expect(html).toContain('href="/contact/?article=export-timesheets-for-payroll"');
    expect(html).toContain('<a href="/articles/invite-your-team/">Invite your team</a>');
    expect(html).not.toMatch(/href="[^"]*\.mdx/);
    expect(html).not.toContain('The screenshots in this article'); // MDX comments do not render
  });

  it('keeps an article page within the weight budget (gzipped JS ≤ 5 KB, CSS ≤ 10 KB, HTML ≤ 8 KB)', () => {
    const weight = pageWeight(site.build.outDir, 'articles/export-timesheets-for-payroll/index.html');
    expect(weight.jsBytes).toBeLessThanOrEqual(PAGE_BUDGET.jsBytes);
    expect(weight.cssBytes).toBeLessThanOrEqual(PAGE_BUDGET.cssBytes);
    expect(weight.htmlBytes).toBeLessThanOrEqual(PAGE_BUDGET.htmlBytes);
    expect(weight.files.some((f) => f.includes('pagefind'))).toBe(false);
  });

  it('links no other host from its pages', () => {
    for (const file of ['index.html', 'categories/faq/index.html', 'articles/invite-your-team/index.html', 'contact/index.html', 'search/index.html', '404.html']) {
      const html = read(file);
      const loads = [...html.matchAll(/<(?:script|link|img)\b[^>]*(?:src|href)="(https?:[^"]+)"/g)].map((m) => m[1]);
      expect(loads.filter((u) => !u?.startsWith('https://help.shiftly.example/')), file).toEqual([]);
    }
  });
});

describe.skipIf(!hasBrowser)('search', () => {
  it('finds an article from a customer phrase in the dialog opened with "/"', async () => {
    const page = await open('/articles/invite-your-team/');
    await openDialog(page);
    await page.keyboard.type('my card got declined');
    await waitForResults(page, 'my card got declined');
    expect((await resultTitles(page))[0]).toBe('Update your payment card');
    await page.close();
  });

  it('answers a question typed as a sentence: its filler words never decide the result', async () => {
    const page = await open('/search/?q=why%20does%20the%20app%20say%20I%20am%20too%20far%20away%20to%20clock%20in');
    await waitForResults(page);
    expect((await resultTitles(page))[0]).toBe('Fix the clock-in location error');
    expect(await page.locator('.search-status').innerText()).toMatch(/^\d+ results?\.$/);
    await page.close();
  });

  it('lets ordinary extra words cost little: a common English word the KB never uses does not hide the answer', async () => {
    const page = await open('/search/?q=why%20cant%20i%20clock%20in%20from%20home');
    await waitForResults(page);
    expect((await resultTitles(page))[0]).toBe('Fix the clock-in location error');
    await page.close();
  });

  it('weighs a rarer dictionary word as a word, not as a name the KB never mentions, fetching only its shard', async () => {
    // As a name, "bookkeeper" would outweigh "export timesheets"; as a dictionary word it costs little.
    const page = await open('/search/?q=export%20timesheets%20for%20our%20bookkeeper');
    await waitForResults(page);
    expect((await resultTitles(page))[0]).toBe('Export timesheets for payroll');
    const shards = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.includes('/search/dictionary/')));
    expect(shards).toEqual(['/search/dictionary/bo.txt']);
    await page.close();
  });

  it('shows each result with its title, category and an excerpt with the matched words marked', async () => {
    const page = await open('/search/?q=payroll%20export');
    await waitForResults(page);
    const first = page.locator('.search-results li').first();
    expect(await first.locator('.hit-title').innerText()).toBe('Export timesheets for payroll');
    expect(await first.locator('.hit-category').innerText()).toBe('How-to guides');
    const marked = await first.locator('.hit-excerpt mark').allInnerTexts();
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word.toLowerCase()).toMatch(/payroll|export/);
    await page.close();
  });

  it('corrects a misspelled word from the KB and says so', async () => {
    const page = await open('/search/?q=payroll%20exprot');
    await waitForResults(page);
    expect(await page.locator('.search-status').innerText()).toMatch(/^Showing results for “payroll export”: \d+ results?\.$/);
    expect((await resultTitles(page))[0]).toBe('Export timesheets for payroll');
    await page.close();
  });

  it('finds the writer’s word from a configured synonym', async () => {
    const page = await open('/search/?q=time%20cards');
    await waitForResults(page);
    expect((await resultTitles(page))[0]).toBe('Export timesheets for payroll');
    await page.close();
  });

  it('reaches the zero-result state for gibberish and for questions the KB does not cover', async () => {
    for (const query of ['asdfgh qwerty', 'lasagna recipe', 'how do I renew my passport', 'update my netflix payment card']) {
      const page = await open(`/search/?q=${encodeURIComponent(query)}`);
      await page.locator('.search-empty').waitFor();
      expect(await page.locator('.search-status').innerText(), query).toBe('No results.');
      expect(await page.locator('.search-results a').count(), query).toBe(0);
      expect(await page.getByRole('button', { name: 'Show more results' }).isVisible(), query).toBe(false);
      await page.close();
    }
  });

  it('shows "Show more results" only when more results exist than are shown', async () => {
    const page = await open('/search/?q=api%20token');
    await waitForResults(page);
    expect(await resultTitles(page)).toEqual(['Create an API key']);
    expect(await page.getByRole('button', { name: 'Show more results' }).isVisible()).toBe(false);
    await page.close();
  });

  it('handles odd input without errors and never renders it as HTML', async () => {
    const inputs: Array<[string, RegExp]> = [
      ['a', /^Keep typing/],
      ['x'.repeat(500), /^No results\.$/],
      ['?!…;;', /^No results\.$/],
      ['👩‍💻👍🏽🏳️‍🌈', /^No results\.$/],
      ['لا أستطيع تسجيل الدخول', /^No results\.$/],
      ['<img src=x onerror="window.__injected=1">', /^No results\.$/],
    ];
    for (const [query, status] of inputs) {
      const page = await open('/');
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${site.server.url}/search/?q=${encodeURIComponent(query)}`);
      await expect.poll(() => page.locator('.search-status').innerText(), { message: query }).toMatch(status);
      expect(errors, query).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected), query).toBeUndefined();
      expect(await page.locator('.search-panel img').count(), query).toBe(0);
      if (status.source.startsWith('^No')) expect(await page.locator('.search-empty').innerText(), query).toContain(query.slice(0, 200));
      await page.close();
    }
  });

  it('ranks an exact title match first', async () => {
    const page = await open('/search/?q=Export%20timesheets%20for%20payroll');
    await waitForResults(page);
    expect((await resultTitles(page))[0]).toBe('Export timesheets for payroll');
    await page.close();
  });

  it('narrows results with filters and keeps them in the address as config ids', async () => {
    const page = await open('/search/?q=shifts');
    await waitForResults(page);
    expect((await resultTitles(page)).length).toBeGreaterThan(1);
    await page.getByLabel('Category').selectOption('API and developers');
    await expect.poll(() => resultTitles(page)).toEqual(['Create an API key']);
    expect(new URL(page.url()).searchParams.get('category')).toBe('api');
    await page.getByLabel('Category').selectOption('');
    await page.getByLabel('Plan').selectOption('Enterprise');
    await page.getByLabel('Difficulty').selectOption('Advanced');
    await expect.poll(() => resultTitles(page)).toEqual(['Create an API key']);
    await page.close();

    // Links a KB owner writes use the config's ids; the labels the menus show work too.
    for (const link of ['/search/?category=troubleshooting', '/search/?category=Troubleshooting', '/search/?q=clock&area=time-tracking']) {
      const linked = await open(link);
      await expect.poll(() => resultTitles(linked), { message: link }).toEqual(['Fix the clock-in location error']);
      await linked.close();
    }
  });

  it('offers the contact page and popular articles when nothing matches', async () => {
    const page = await open('/search/?q=xylophone');
    const empty = page.locator('.search-empty');
    await empty.waitFor();
    await expect.poll(() => page.locator('.search-status').innerText()).toBe('No results.');
    expect(await empty.getByRole('link', { name: 'Contact support' }).getAttribute('href')).toBe('/contact/');
    await expect.poll(() => empty.getByRole('listitem').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('works from the keyboard alone: Ctrl-K, type, arrows, Enter', async () => {
    const page = await open('/');
    await openDialog(page, 'Control+k');
    await page.keyboard.type('payroll export');
    await waitForResults(page, 'payroll export');
    const focused = () => page.evaluate(() => document.activeElement?.querySelector('.hit-title')?.textContent ?? document.activeElement?.tagName);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Export timesheets for payroll');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('INPUT');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(/\/articles\/export-timesheets-for-payroll\/$/), page.keyboard.press('Enter')]);
    await page.close();
  });

  it('closes the dialog with Escape at once, even with a query typed', async () => {
    const page = await open('/articles/invite-your-team/');
    await openDialog(page);
    await page.keyboard.type('payroll');
    await waitForResults(page, 'payroll');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.querySelector('dialog')?.open)).toBe(false);
    await page.close();
  });

  it('keeps archived articles out of the results', async () => {
    const page = await open('/search/?q=email%20your%20manager');
    await page.locator('.search-status').filter({ hasText: /result/i }).waitFor();
    expect(await resultTitles(page)).not.toContain('Request time off by email');
    await page.close();
  });

  it('keeps what was typed while the dialog was opening', async () => {
    const page = await open('/articles/invite-your-team/');
    await page.keyboard.press('/');
    await page.keyboard.type('payroll', { delay: 0 });
    await waitForResults(page, 'payroll');
    expect(await page.getByRole('dialog').getByRole('searchbox').inputValue()).toBe('payroll');
    await page.close();
  });

  it('loads Pagefind and the vocabulary only when search opens, before anything is typed', async () => {
    const page = await open('/articles/invite-your-team/');
    await page.waitForLoadState('load');
    const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect((await loaded()).filter((p) => p.includes('/pagefind/') || p.includes('/search/'))).toEqual([]);
    await openDialog(page);
    await expect.poll(loaded).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/search/vocabulary.json']));
    await page.keyboard.type('team');
    await waitForResults(page, 'team');
    expect(await loaded()).toContain('/pagefind/pagefind.js');
    // A query of KB words needs no dictionary shard.
    expect((await loaded()).filter((p) => p.includes('/search/dictionary/'))).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasBrowser)('contact and feedback', () => {
  it('suggests articles while the subject is typed, then hands off to the helpdesk form with article, search and session', async () => {
    const page = await open('/search/?q=payroll');
    await waitForResults(page);
    await page.goto(`${site.server.url}/contact/?article=invite-your-team`);
    await page.getByLabel('What do you need help with?').pressSequentially('clock in location');
    const suggestions = page.locator('[data-contact-suggestions]');
    await expect.poll(() => suggestions.getByRole('link').allInnerTexts()).toContain('Fix the clock-in location error');

    let handedOff: URL | undefined;
    await page.route('https://helpdesk.shiftly.example/**', async (route) => {
      handedOff = new URL(route.request().url());
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Helpdesk</title>' });
    });
    await page.getByRole('button', { name: 'Continue to the support form' }).click();
    await expect.poll(() => handedOff?.pathname).toBe('/new-ticket');
    expect(handedOff?.searchParams.get('article')).toBe('invite-your-team');
    expect(handedOff?.searchParams.get('search')).toBe('payroll');
    expect(handedOff?.searchParams.get('subject')).toBe('clock in location');
    expect(handedOff?.searchParams.get('session')).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    await page.close();
  });

  it('asks why after "No" and sends the vote with the reason', async () => {
    const page = await open('/articles/create-an-api-key/');
    await page.getByRole('button', { name: 'No' }).click();
    await page.getByLabel('The steps did not work').check();
    await page.getByLabel('Anything else we should know? (optional)').fill('The key expired at once.');
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Thanks' }).count()).toBe(1);
    await expect
      .poll(() => site.server.events.flat().find((e) => (e as { type?: string; article?: string }).type === 'vote' && (e as { article?: string }).article === 'create-an-api-key'))
      .toMatchObject({ vote: 'down', reason: 'did-not-work', comment: 'The key expired at once.' });
    await page.close();
  });

  it('suggests nothing on the contact page when nothing is relevant', async () => {
    const page = await open('/contact/');
    await page.getByLabel('What do you need help with?').pressSequentially('lasagna recipe');
    await page.waitForTimeout(1_000);
    expect(await page.locator('[data-contact-suggestions]').isVisible()).toBe(false);
    await page.getByLabel('What do you need help with?').fill('');
    await page.getByLabel('What do you need help with?').pressSequentially('card declined');
    await expect.poll(() => page.locator('[data-contact-suggestions]').getByRole('link').allInnerTexts()).toEqual(['Update your payment card']);
    await page.close();
  });

  it('follows an alias to the article', async () => {
    const page = await open('/articles/add-employees/');
    await page.waitForURL(/\/articles\/invite-your-team\/$/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Invite your team');
    await page.close();
  });

  it('works without JavaScript for reading and contacting', async () => {
    if (!site.browser) throw new Error('no browser');
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/contact/`);
    expect(await page.locator('form[data-contact-form]').getAttribute('action')).toBe('https://helpdesk.shiftly.example/new-ticket');
    await page.goto(`${site.server.url}/articles/invite-your-team/`);
    expect(await page.locator('.still-stuck').getByRole('link', { name: 'Contact support' }).getAttribute('href')).toBe('/contact/?article=invite-your-team');
    expect(await page.locator('[data-vote-widget]').isVisible()).toBe(false);
    await context.close();
  });
});

describe.skipIf(!hasBrowser)('accessibility (axe, WCAG 2.2 AA)', () => {
  const pages: Array<[string, string, string?]> = [
    ['home', '/'],
    ['a category', '/categories/how-to/'],
    ['an article (with a table and code)', '/articles/create-an-api-key/'],
    ['a long article (with a table of contents)', '/articles/export-timesheets-for-payroll/'],
    ['search results', '/search/?q=team', 'results'],
    ['contact', '/contact/?article=invite-your-team'],
    ['the search dialog', '/categories/faq/', 'dialog'],
  ];
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, url, state] of pages) {
      it(`has no violations on ${name} (${scheme})`, async () => {
        const page = await open(url, scheme);
        if (state === 'results') await waitForResults(page);
        if (state === 'dialog') {
          await openDialog(page);
          await page.keyboard.type('payroll');
          await waitForResults(page, 'payroll');
        }
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await page.close();
      });
    }
  }

  it('stays usable at 320 px wide (no horizontal scrolling)', async () => {
    if (!site.browser) throw new Error('no browser');
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    for (const url of ['/', '/articles/create-an-api-key/', '/contact/', '/categories/how-to/']) {
      await page.goto(site.server.url + url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});

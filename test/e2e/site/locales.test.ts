/**
 * The help center in two languages, from the shared build of the site
 * fixture (English, with German in site.locales and one German
 * translation): German pages under /de/ with lang="de", hreflang pairs both
 * ways, the fallback page with its notice, the sitemap's alternates, a
 * German Pagefind index, and a German search in Chromium that finds the
 * German article.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/launch-browser.ts';
import { useServedSite } from '../helpers/served-site.ts';

const hasBrowser = browserAvailable('locale browser tests');
const origin = 'https://help.shiftly.example';

const site = useServedSite(hasBrowser);

const read = (file: string) => readFileSync(path.join(site.build.outDir, file), 'utf8');
const hreflang = (html: string) => [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => `${m[1]} ${m[2]}`);

describe('German pages', () => {
  it('publishes the translation at /de/articles/<slug>/ in German, with German interface words and section names', () => {
    const html = read('de/articles/invite-your-team/index.html');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="de"/i);
    expect(html).toMatch(/<h1[^>]*>Ihr Team einladen<\/h1>/);
    expect(html).toContain('War dieser Artikel hilfreich?');
    expect(html).toContain('Support kontaktieren');
    // Links inside the translation stay in German pages: the untranslated target is its fallback page.
    expect(html).toContain('href="/de/articles/export-timesheets-for-payroll/"');
    expect(html).toContain('href="/de/contact/?article=invite-your-team"');
  });

  it('pairs the source and the translation with hreflang both ways, and offers the switch', () => {
    const pair = [`de ${origin}/de/articles/invite-your-team/`, `en ${origin}/articles/invite-your-team/`, `x-default ${origin}/articles/invite-your-team/`];
    expect(hreflang(read('articles/invite-your-team/index.html')).sort()).toEqual(pair);
    expect(hreflang(read('de/articles/invite-your-team/index.html')).sort()).toEqual(pair);
    expect(read('articles/invite-your-team/index.html')).toContain('<a href="/de/articles/invite-your-team/" hreflang="de" lang="de"');
  });

  it('shows an untranslated article in German pages as its source with a notice, outside search and hreflang', () => {
    const html = read('de/articles/export-timesheets-for-payroll/index.html');
    expect(html).toMatch(/<html lang="de"/);
    expect(html).toContain('Diesen Artikel gibt es noch nicht auf Deutsch. Sie lesen das Original auf Englisch.');
    expect(html).toContain(`<link rel="canonical" href="${origin}/articles/export-timesheets-for-payroll/">`);
    expect(html).not.toContain('data-pagefind-body');
    expect(hreflang(html)).toEqual([]);
    expect(hreflang(read('articles/export-timesheets-for-payroll/index.html'))).toEqual([]);
  });

  it('has German category, search and contact pages', () => {
    expect(read('de/categories/getting-started/index.html')).toContain('Erste Schritte');
    expect(read('de/search/index.html')).toMatch(/<html lang="de"[\s\S]*<h1>Suche<\/h1>/);
    expect(read('de/contact/index.html')).toContain('Wobei brauchen Sie Hilfe?');
  });

  it('lists both versions in the sitemap with their alternates', () => {
    const sitemap = read('sitemap.xml');
    const entry = (loc: string) => new RegExp(`<url><loc>${loc.replace(/[.?]/g, '\\$&')}</loc>[^\\n]*<xhtml:link rel="alternate" hreflang="de" href="${origin}/de/articles/invite-your-team/"/>`);
    expect(sitemap).toMatch(entry(`${origin}/articles/invite-your-team/`));
    expect(sitemap).toMatch(entry(`${origin}/de/articles/invite-your-team/`));
    expect(sitemap).not.toContain(`${origin}/de/articles/export-timesheets-for-payroll/`);
  });

  it('indexes German pages in a German Pagefind index', () => {
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages.de?.page_count).toBe(1);
    expect(entry.languages.en?.page_count).toBeGreaterThan(1);
  });
});

describe.runIf(hasBrowser)('German search in Chromium', () => {
  it('answers a German query on /de/search/ from the German index, and not on the English page', async () => {
    if (!site.browser) throw new Error('no browser');
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.url}/de/search/?q=Einladungen`);
      await page.locator('.search-results[data-query="Einladungen"]').waitFor({ state: 'attached' });
      await expect.poll(() => page.locator('.search-results .hit-title').allInnerTexts()).toContain('Ihr Team einladen');
      await page.goto(`${site.server.url}/search/?q=Einladungen`);
      await page.locator('.search-results[data-query="Einladungen"]').waitFor({ state: 'attached' });
      expect(await page.locator('.search-results .hit-title').allInnerTexts()).not.toContain('Ihr Team einladen');
    } finally {
      await context.close();
    }
  });
});

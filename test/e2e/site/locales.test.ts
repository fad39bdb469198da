/**
 * The help center in two languages, from the shared build of the site
 * fixture (English, with German in site.locales and one German
 * translation): German pages under /de/ with lang="de", hreflang pairs both
 * ways, the fallback page with its notice, the sitemap's alternates, a
 * German Pagefind index, German lists and filter labels, and in Chromium a
 * German search that finds the German article, one that finds nothing and
 * says so in German, and the German contact form's messages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
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

  it('lists German articles on the German home page and in its "no results" offer: the translation, else the fallback page', () => {
    const popular = /<h2 id="popular-title"[^>]*>Beliebte Artikel<\/h2>([\s\S]*?)<\/ul>/.exec(read('de/index.html'))?.[1] ?? '';
    expect(popular).toContain('<a href="/de/articles/invite-your-team/">Ihr Team einladen</a>');
    expect(popular).toContain('<a href="/de/articles/export-timesheets-for-payroll/">');
    expect(popular).not.toContain('Invite your team');
    const offered = JSON.parse(read('de/search/popular.json')) as Array<{ title: string; url: string }>;
    expect(offered).toContainEqual({ slug: 'invite-your-team', title: 'Ihr Team einladen', url: '/de/articles/invite-your-team/' });
    expect(offered.every((a) => a.url.startsWith('/de/articles/'))).toBe(true);
  });

  it('gives the German search page German filter labels and its scripts German words', () => {
    const html = read('de/search/index.html');
    expect(html).toContain('&quot;billing-and-account&quot;:&quot;Abrechnung und Konto&quot;');
    expect(html).toContain('&quot;time-tracking&quot;:&quot;Zeiterfassung&quot;');
    expect(html).toMatch(/<script type="application\/json" data-ui-strings>[^<]*"no_results":"Keine Ergebnisse\."/);
    expect(read('search/index.html')).toMatch(/<script type="application\/json" data-ui-strings>[^<]*"no_results":"No results\."/);
  });

  it('indexes German pages in a German Pagefind index', () => {
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages.de?.page_count).toBe(1);
    expect(entry.languages.en?.page_count).toBeGreaterThan(1);
  });
});

/** Runs `steps` in a new page of the suite's browser, in a context of its own that is closed after. */
async function inNewPage(steps: (page: Page) => Promise<void>): Promise<void> {
  if (!site.browser) throw new Error('no browser');
  const context = await site.browser.newContext();
  try {
    await steps(await context.newPage());
  } finally {
    await context.close();
  }
}

describe.runIf(hasBrowser)('German search and contact in Chromium', () => {
  it('answers a German query on /de/search/ from the German index, and not on the English page', () =>
    inNewPage(async (page) => {
      await page.goto(`${site.server.url}/de/search/?q=Einladungen`);
      await page.locator('.search-results[data-query="Einladungen"]').waitFor({ state: 'attached' });
      await expect.poll(() => page.locator('.search-results .hit-title').allInnerTexts()).toContain('Ihr Team einladen');
      await page.goto(`${site.server.url}/search/?q=Einladungen`);
      await page.locator('.search-results[data-query="Einladungen"]').waitFor({ state: 'attached' });
      expect(await page.locator('.search-results .hit-title').allInnerTexts()).not.toContain('Ihr Team einladen');
    }));

  it('says in German that a German search found nothing, and offers German articles', () =>
    inNewPage(async (page) => {
      await page.goto(`${site.server.url}/de/search/?q=Zahnarzttermin`);
      await expect.poll(() => page.locator('.search-status').innerText()).toBe('Keine Ergebnisse.');
      const empty = page.locator('.search-empty');
      await expect.poll(() => empty.innerText()).toContain('Kein Artikel passt zu „Zahnarzttermin“. Versuchen Sie andere Wörter');
      await expect.poll(() => empty.locator('h3').innerText()).toBe('Beliebte Artikel');
      expect(await empty.getByRole('link', { name: 'Ihr Team einladen' }).getAttribute('href')).toBe('/de/articles/invite-your-team/');
      expect(await page.getByRole('button', { name: 'Weitere Ergebnisse anzeigen' }).isHidden()).toBe(true);
      expect(await page.locator('.search-filters label span').allInnerTexts()).toEqual(['Kategorie', 'Produktbereich', 'Schwierigkeit', 'Tarif']);
    }));

  it('words the German contact form in German: suggestions, sending, a refusal and the confirmation', () =>
    inNewPage(async (page) => {
      // The service, answering as it does: taking requests, refusing the first as rate-limited, accepting the second.
      let posts = 0;
      await page.route('**/api/contact**', async (route) => {
        const request = route.request();
        if (request.method() === 'POST') {
          posts += 1;
          if (posts === 1) return route.fulfill({ status: 429, contentType: 'application/json', body: '{"error":{"code":"too_many_requests","message":"Too many requests."}}' });
          return route.fulfill({ status: 202, contentType: 'application/json', body: '{"id":"req_de1"}' });
        }
        if (request.url().endsWith('/req_de1')) return route.fulfill({ contentType: 'application/json', body: '{"first_response":{"minutes":240,"clock":"business"}}' });
        return route.fulfill({ contentType: 'application/json', body: '{"accepting":true}' });
      });
      await page.goto(`${site.server.url}/de/contact/`);
      const send = page.getByRole('button', { name: 'An den Support senden' });
      await send.waitFor();
      await page.getByLabel('Wobei brauchen Sie Hilfe?').fill('Team einladen');
      await expect.poll(() => page.locator('[data-contact-status]').textContent()).toBe('1 Artikel beantwortet das vielleicht. Er steht unter dem Betreff.');
      await page.getByLabel('Ihre E-Mail-Adresse').fill('kunde@example.com');
      await page.getByLabel('Details').fill('Die Einladung kommt nicht an.');
      await send.click();
      await expect.poll(() => page.locator('[data-contact-error]').innerText()).toBe('Von hier kamen gerade zu viele Anfragen. Warten Sie eine Minute, und senden Sie sie dann noch einmal.');
      await send.click();
      const confirmation = page.locator('[data-contact-confirmation]');
      await expect.poll(() => confirmation.locator('h2').innerText()).toBe('Ihre Anfrage ist unterwegs');
      expect(await confirmation.innerText()).toContain('Wir antworten innerhalb von 4 Arbeitsstunden. Ihre Anfragenummer ist req_de1.');
      expect(await confirmation.innerText()).toContain('Bis dahin beantworten diese Artikel Ihre Frage vielleicht schon:');
    }));
});

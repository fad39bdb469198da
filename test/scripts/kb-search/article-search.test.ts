import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticleSearch } from '../../../scripts/kb-search/article-search.ts';
import { loadArticles } from '../../../scripts/kb-search/load-articles.ts';

const plantedKb = new URL('../../fixtures/gaps/kb', import.meta.url).pathname;

describe('createArticleSearch on the planted KB', () => {
  const search = createArticleSearch(plantedKb, { stopWords: ['shiftly'] });

  it('returns the contract shape, best first', () => {
    const hits = search.search('I forgot my password', { limit: 3 });
    expect(hits[0]).toEqual({ slug: 'reset-password', title: 'Reset your password', score: expect.any(Number), category: 'how-to', product_area: 'account' });
    expect(Object.keys(hits[0]!)).toEqual(['slug', 'title', 'score', 'category', 'product_area']);
    expect(hits.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
  });

  it('matches stems and keywords, and forgives a typo in a long word', () => {
    expect(search.search('swapping shifts')[0]?.slug).toBe('swap-shifts');
    expect(search.search('vacation')[0]?.slug).toBe('request-time-off');
    expect(search.search('timesheeet export')[0]?.slug).toBe('export-timesheets');
  });

  it('finds nothing for words no article has', () => {
    expect(search.search('print roster')).toEqual([]);
    expect(search.search('the and of')).toEqual([]);
  });
});

describe('published articles only, plain-text bodies', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kb-search-'));
    mkdirSync(path.join(dir, 'articles', 'faq'), { recursive: true });
    const write = (slug: string, status: string, body: string) =>
      writeFileSync(
        path.join(dir, 'articles', 'faq', `${slug}.mdx`),
        `---\ntitle: ${slug.replace(/-/g, ' ')}\nsummary: A short summary about ${slug}.\ncategory: faq\nproduct_area: billing\nstatus: ${status}\nowner: kim\nlast_updated: 2026-03-01\n---\n\n${body}\n`,
      );
    write('live-article', 'published', '## Quick answer\n\nZebras **pay** invoices.\n\n## Related articles\n\n- [Quokka](./draft-article.mdx)\n\n## Still stuck?\n\nWrite to us.');
    write('draft-article', 'draft', '## Quick answer\n\nQuokkas pay invoices.');
    write('walrus-feeding', 'published', '## Quick answer\n\nGive them fish at noon.');
    write('zoo-opening-hours', 'published', '## Quick answer\n\nThe zoo opens at nine; the walrus show starts at ten.');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('indexes published articles only', () => {
    const search = createArticleSearch(dir);
    expect(search.articles.map((a) => a.slug)).toEqual(['live-article', 'walrus-feeding', 'zoo-opening-hours']);
    expect(search.search('quokkas')).toEqual([]);
    expect(search.search('zebras')[0]?.slug).toBe('live-article');
  });

  it('ranks a title match above a body-only match', () => {
    expect(createArticleSearch(dir).search('walrus').map((h) => h.slug)).toEqual(['walrus-feeding', 'zoo-opening-hours']);
  });

  it('keeps prose and drops markup and boilerplate sections from bodies', () => {
    const [live] = loadArticles(dir).filter((a) => a.slug === 'live-article');
    expect(live?.body).toContain('Zebras pay invoices.');
    expect(live?.body).not.toContain('**');
    expect(live?.body).not.toMatch(/Quokka|Write to us/);
    expect(live).toMatchObject({ owner: 'kim', last_updated: '2026-03-01', status: 'published', file: 'articles/faq/live-article.mdx' });
  });
});

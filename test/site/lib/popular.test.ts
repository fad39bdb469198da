import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleFrontmatter } from '../../../plugins/article/article-schema.ts';
import { inLocale, type ArticleRecord } from '../../../site/lib/article-list.ts';
import { homeLists, readPopularExport, type PopularExport } from '../../../site/lib/popular.ts';

function article(slug: string, lastUpdated: string, extra: Partial<ArticleFrontmatter> = {}): ArticleRecord {
  return { slug, words: 100, data: { title: slug, status: 'published', aliases: [], last_updated: lastUpdated, ...extra } as ArticleFrontmatter };
}

const articles = [
  article('a', '2026-01-01'),
  article('b', '2026-03-01', { aliases: ['b-old'] }),
  article('c', '2026-02-01'),
  article('d', '2026-04-01', { status: 'draft' }),
  article('e', '2026-05-01', { status: 'archived' }),
];
const options = { count: 2, minVotes: 10 };

function exportOf(rows: PopularExport['articles']): PopularExport {
  return { generated_at: '2026-05-02T00:00:00Z', articles: rows };
}

describe('homeLists', () => {
  it('falls back to the most recently updated published articles without an export', () => {
    const lists = homeLists(articles, undefined, options);
    expect(lists.popular).toEqual({ articles: [articles[1], articles[2]], fromAnalytics: false });
    expect(lists.helpful.fromAnalytics).toBe(false);
  });

  it('ranks by views and by helpful share, following aliases and skipping drafts, archived and unknown slugs', () => {
    const data = exportOf([
      { article: 'a', views: 50, helpful_share: 0.9, votes: 20 },
      { article: 'b-old', views: 40, helpful_share: 0.5, votes: 30 },
      { article: 'b', views: 30, helpful_share: null },
      { article: 'c', views: 10, helpful_share: 1, votes: 3 },
      { article: 'd', views: 500, helpful_share: 1, votes: 99 },
      { article: 'e', views: 400, helpful_share: 1, votes: 99 },
      { article: 'gone', views: 300, helpful_share: 1, votes: 99 },
    ]);
    const lists = homeLists(articles, data, options);
    expect(lists.popular.articles.map((x) => x.slug)).toEqual(['b', 'a']); // 40 + 30 views for b
    expect(lists.helpful.articles.map((x) => x.slug)).toEqual(['a', 'b']); // c has too few votes
    expect(lists.popular.fromAnalytics).toBe(true);
  });
});

describe('inLocale', () => {
  it('shows a ranked list in a locale: the translation where one exists, else the source as its fallback page, in the ranked order', () => {
    const ranked = [articles[1], articles[0]] as ArticleRecord[];
    const translation = { ...article('b', '2026-03-02', { title: 'B auf Deutsch' }), locale: 'de' };
    const fallback = { ...(articles[0] as ArticleRecord), fallback: true };
    expect(inLocale(ranked, [fallback, translation])).toEqual([translation, fallback]);
  });
});

describe('readPopularExport', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-popular-'));

  it('returns undefined when the file does not exist', () => {
    expect(readPopularExport(path.join(dir, 'missing.json'))).toBeUndefined();
  });

  it('reads a valid export', () => {
    const file = path.join(dir, 'ok.json');
    writeFileSync(file, JSON.stringify(exportOf([{ article: 'a', views: 1, helpful_share: 0.5 }])));
    expect(readPopularExport(file)?.articles).toHaveLength(1);
  });

  it('names the file, the field and the fix when the export is invalid', () => {
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ generated_at: '2026-05-02T00:00:00Z', articles: [{ article: 'a', views: -1, helpful_share: 0.5 }] }));
    expect(() => readPopularExport(file)).toThrow(/bad\.json: articles\.0\.views .*Fix: re-run the analytics export/);
  });
});

import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../site/lib/article-list.ts';
import { articleManifest } from '../../../site/lib/article-manifest.ts';
import { articleListOf, UNKNOWN_ARTICLE } from '../../../analytics-api/site/article-list.ts';

const record = (slug: string, status: 'published' | 'draft' | 'archived', aliases: string[] = []) =>
  ({ slug, words: 100, data: { status, aliases } }) as unknown as ArticleRecord;

describe('the article manifest', () => {
  it('lists the slugs with a page and the aliases that forward to them; the service resolves slugs with it', () => {
    const manifest = articleManifest([record('swap-shifts', 'published', ['trade-shifts']), record('old-faq', 'archived'), record('next-feature', 'draft', ['soon'])]);
    expect(manifest).toEqual({ articles: ['old-faq', 'swap-shifts'], aliases: { 'trade-shifts': 'swap-shifts' } });
    const list = articleListOf(manifest);
    expect(['swap-shifts', 'trade-shifts', 'old-faq', 'next-feature', 'soon', 'made-up'].map((slug) => list.resolve(slug))).toEqual([
      'swap-shifts',
      'swap-shifts',
      'old-faq',
      UNKNOWN_ARTICLE,
      UNKNOWN_ARTICLE,
      UNKNOWN_ARTICLE,
    ]);
  });
});

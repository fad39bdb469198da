import { describe, expect, it } from 'vitest';
import type { ArticleFrontmatter } from '../../../plugins/article/article-schema.ts';
import type { ArticleRecord } from '../../../site/lib/article-list.ts';
import { categoryNav, NAV_LIMIT } from '../../../site/lib/category-nav.ts';

function article(n: number, category = 'billing', status: ArticleFrontmatter['status'] = 'published'): ArticleRecord {
  const title = `Article ${String(n).padStart(4, '0')}`;
  return { slug: `article-${n}`, words: 100, data: { title, category, status } as ArticleFrontmatter };
}

describe('categoryNav', () => {
  it('lists a small category whole, published articles only, by title', () => {
    const list = [article(3), article(1), article(2, 'billing', 'draft'), article(4, 'faq')];
    expect(categoryNav(list, 'billing', 'article-1')).toEqual({ articles: [list[1], list[0]], total: 2, more: false });
  });

  it('never lists more than 30 articles of a big category: the window around the current one, then "more"', () => {
    const list = Array.from({ length: 5000 }, (_, i) => article(i));
    expect(NAV_LIMIT).toBe(30);
    const first = categoryNav(list, 'billing', 'article-0');
    expect(first.articles).toHaveLength(30);
    expect(first.articles[0]?.slug).toBe('article-0');
    expect(first).toMatchObject({ total: 5000, more: true });
    const middle = categoryNav(list, 'billing', 'article-2500');
    expect(middle.articles).toHaveLength(30);
    expect(middle.articles.map((a) => a.slug)).toContain('article-2500');
    expect(middle.articles[15]?.slug).toBe('article-2500');
    const last = categoryNav(list, 'billing', 'article-4999');
    expect(last.articles.at(-1)?.slug).toBe('article-4999');
    expect(last.articles).toHaveLength(30);
  });
});

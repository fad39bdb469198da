/**
 * The article model of the site and the lists built from it. Pure functions
 * over plain records, so the rules (what is published, what is listed, in
 * which order) are tested without running Astro.
 */
import type { ArticleFrontmatter } from '../../plugins/article/article-schema.ts';

/** One article as the site sees it: its slug (id) and validated frontmatter. */
export interface ArticleRecord {
  slug: string;
  data: ArticleFrontmatter;
  /** Words of body text, for the table-of-contents threshold. */
  words: number;
  /** The translation's locale, for an article of a non-default locale. */
  locale?: string;
  /** True when a non-default locale has no translation: the record is the source's. */
  fallback?: boolean;
}

/** Articles that get a page: published and archived (archived keep their URL); drafts never. */
export function pageArticles(list: readonly ArticleRecord[]): ArticleRecord[] {
  return list.filter((a) => a.data.status !== 'draft');
}

/** Articles that appear in lists, search and the sitemap: published only. */
export function listedArticles(list: readonly ArticleRecord[]): ArticleRecord[] {
  return list.filter((a) => a.data.status === 'published');
}

/** Sort by title, then slug, so every list is deterministic. */
export function byTitle(a: ArticleRecord, b: ArticleRecord): number {
  return a.data.title.localeCompare(b.data.title, 'en') || a.slug.localeCompare(b.slug);
}

/** Published articles of one category, by title. */
export function categoryArticles(list: readonly ArticleRecord[], category: string): ArticleRecord[] {
  return listedArticles(list)
    .filter((a) => a.data.category === category)
    .sort(byTitle);
}

/** How many published articles each category has. */
export function countByCategory(list: readonly ArticleRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of listedArticles(list)) counts.set(a.data.category, (counts.get(a.data.category) ?? 0) + 1);
  return counts;
}

/** The `count` most recently updated published articles (newest first, then by title). */
export function recentlyUpdated(list: readonly ArticleRecord[], count: number): ArticleRecord[] {
  return listedArticles(list)
    .sort((a, b) => b.data.last_updated.localeCompare(a.data.last_updated) || byTitle(a, b))
    .slice(0, count);
}

/** `list` (articles of the default locale) as a locale's records of the same slugs: the translation, or the source marked `fallback` (see `loadArticlesIn`). */
export function inLocale(list: readonly ArticleRecord[], locale: readonly ArticleRecord[]): ArticleRecord[] {
  const bySlug = new Map(locale.map((a) => [a.slug, a]));
  return list.map((a) => bySlug.get(a.slug) ?? a);
}

/** Counts words of Markdown text (frontmatter excluded by the caller). */
export function countWords(text: string): number {
  let words = 0;
  for (const token of text.split(/\s+/)) if (/\p{L}/u.test(token)) words++;
  return words;
}

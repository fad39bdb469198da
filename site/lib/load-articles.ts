/**
 * Reads the `articles` content collection once per build and maps it to the
 * site's plain article records.
 */
import { getCollection } from 'astro:content';
import type { ArticleFrontmatter } from '../../plugins/article/article-schema.ts';
import { countWords, type ArticleRecord } from './article-list.ts';

/** A collection entry as the glob loader returns it (typed here; Astro's generated types are not needed). */
export interface ArticleEntry {
  id: string;
  body?: string;
  filePath?: string;
  data: ArticleFrontmatter;
}

let entries: Promise<ArticleEntry[]> | undefined;
let records: Promise<ArticleRecord[]> | undefined;
let bySlug: Promise<Map<string, ArticleRecord>> | undefined;

/** Every entry of the collection, drafts included, sorted by slug. */
export function loadArticleEntries(): Promise<ArticleEntry[]> {
  entries ??= (getCollection('articles') as Promise<ArticleEntry[]>).then((list) =>
    [...list].sort((a, b) => a.id.localeCompare(b.id)),
  );
  return entries;
}

/** Every article as a plain record, drafts included (filter with the list helpers). */
export function loadArticles(): Promise<ArticleRecord[]> {
  records ??= loadArticleEntries().then((list) =>
    list.map((entry) => ({ slug: entry.id, data: entry.data, words: countWords(entry.body ?? '') })),
  );
  return records;
}

/** Every article by slug, built once: article pages look up themselves and their related articles. */
export function loadArticleMap(): Promise<Map<string, ArticleRecord>> {
  bySlug ??= loadArticles().then((list) => new Map(list.map((a) => [a.slug, a])));
  return bySlug;
}

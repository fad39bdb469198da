/**
 * Reads the `articles` content collection once per build and maps it to the
 * site's plain article records.
 */
import { getCollection } from 'astro:content';
import type { ArticleFrontmatter } from '../../plugins/article/article-schema.ts';
import { countWords, type ArticleRecord } from './article-list.ts';
import { siteLocales } from './page-locale.ts';

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

let all: Promise<ArticleEntry[]> | undefined;
function allEntries(): Promise<ArticleEntry[]> {
  all ??= (getCollection('articles') as Promise<ArticleEntry[]>).then((list) => [...list].sort((a, b) => a.id.localeCompare(b.id)));
  return all;
}

/** Every entry of the default locale, drafts included, sorted by slug. */
export function loadArticleEntries(): Promise<ArticleEntry[]> {
  entries ??= allEntries().then((list) => list.filter((entry) => !entry.id.includes('/')));
  return entries;
}

const translations = new Map<string, Promise<Map<string, ArticleEntry>>>();

/** The translations into one locale, by their source's slug (their id is "<code>/<slug>"). */
export function loadTranslations(code: string): Promise<Map<string, ArticleEntry>> {
  let known = translations.get(code);
  if (!known) {
    known = allEntries().then((list) => new Map(list.filter((e) => e.id.startsWith(`${code}/`)).map((e) => [e.id.slice(code.length + 1), e])));
    translations.set(code, known);
  }
  return known;
}

const localeRecords = new Map<string, Promise<ArticleRecord[]>>();

/**
 * The articles of a locale as records, sorted by slug: the translation where
 * there is one, else the source, marked `fallback` (its page shows the
 * source with a notice). The default locale's are its own articles.
 */
export function loadArticlesIn(code: string, isDefault: boolean): Promise<ArticleRecord[]> {
  if (isDefault) return loadArticles();
  let known = localeRecords.get(code);
  if (!known) {
    known = Promise.all([loadArticles(), loadTranslations(code)]).then(([sources, own]) =>
      sources.map((source) => {
        const translation = own.get(source.slug);
        if (!translation || translation.data.status === 'draft') return { ...source, fallback: true };
        return { slug: source.slug, data: translation.data, words: countWords(translation.body ?? ''), locale: code };
      }),
    );
    localeRecords.set(code, known);
  }
  return known;
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

/** For each source slug, the locales it is written in: the default and every published translation. */
export async function translatedLocales(): Promise<(slug: string) => string[]> {
  const locales = siteLocales();
  const byLocale = await Promise.all(locales.all.slice(1).map(async (l) => [l.code, await loadTranslations(l.code)] as const));
  return (slug) => [locales.defaultCode, ...byLocale.filter(([, own]) => own.get(slug) && own.get(slug)?.data.status !== 'draft').map(([code]) => code)];
}

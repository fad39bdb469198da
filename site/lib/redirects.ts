/**
 * Old slugs (`aliases`) keep working after a rename or merge: each becomes a
 * small static page at `/articles/<alias>/` that forwards to the article.
 * A meta refresh plus a canonical link works on every static host, with no
 * server rules to keep in sync.
 */
import { pageArticles, type ArticleRecord } from './article-list.ts';

export interface Redirect {
  /** The old slug. */
  from: string;
  /** The slug of the article it now belongs to. */
  to: string;
}

/**
 * Every alias of an article that has a page, sorted by alias. An alias that
 * is also a live article's slug, or that two articles claim, is skipped:
 * the live page or the lint error (`unique-slug`) wins.
 */
export function redirectsFor(list: readonly ArticleRecord[]): Redirect[] {
  const slugs = new Set(list.map((a) => a.slug));
  const owners = new Map<string, string[]>();
  for (const article of pageArticles(list)) {
    for (const alias of article.data.aliases) {
      if (slugs.has(alias) || alias === article.slug) continue;
      owners.set(alias, [...(owners.get(alias) ?? []), article.slug]);
    }
  }
  return [...owners]
    .filter(([, to]) => to.length === 1)
    .map(([from, to]) => ({ from, to: to[0] as string }))
    .sort((a, b) => a.from.localeCompare(b.from));
}

/**
 * The site's article manifest, `articles.json` at the root of the built
 * site: the slugs that have a page and the old slugs (`aliases`) that
 * forward to one. The analytics service reads it to tell events for real
 * articles from made-up slugs (see `analytics-api/site/article-list.ts`).
 * Kept free of Astro imports so the service can use the same shape.
 */
import { pageArticles, type ArticleRecord } from './article-list.ts';
import { redirectsFor } from './redirects.ts';

/** File name of the manifest inside the built site. */
export const ARTICLE_MANIFEST = 'articles.json';

/** What the manifest holds. */
export interface ArticleManifest {
  /** Slugs with a page, sorted. */
  articles: string[];
  /** Old slug → the slug of the article it forwards to, sorted by old slug. */
  aliases: Record<string, string>;
}

/** The manifest of `list` (drafts have no page, so they are not in it). */
export function articleManifest(list: readonly ArticleRecord[]): ArticleManifest {
  return {
    articles: pageArticles(list)
      .map((a) => a.slug)
      .sort(),
    aliases: Object.fromEntries(redirectsFor(list).map((r) => [r.from, r.to])),
  };
}

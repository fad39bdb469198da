/**
 * The navigation beside an article: the articles of its category, at most
 * `limit` of them, so a page never grows with the KB. A category that fits
 * is listed whole; a bigger one shows the window of titles around the
 * current article (its neighbours in title order), and the page links to
 * the category for the rest.
 */
import { categoryArticles, type ArticleRecord } from './article-list.ts';

/** Most articles the navigation lists. */
export const NAV_LIMIT = 30;

export interface CategoryNav {
  /** The articles listed, in title order; the current one among them when it is listed. */
  articles: ArticleRecord[];
  /** Published articles in the category. */
  total: number;
  /** True when the category has more articles than are listed. */
  more: boolean;
}

let sorted: { list: readonly ArticleRecord[]; byCategory: Map<string, { articles: ArticleRecord[]; index: Map<string, number> }> } | undefined;

/** Each category's articles in title order, worked out once per list (every article page asks). */
function categoryOrder(list: readonly ArticleRecord[], category: string) {
  if (sorted?.list !== list) sorted = { list, byCategory: new Map() };
  let entry = sorted.byCategory.get(category);
  if (!entry) {
    const articles = categoryArticles(list, category);
    entry = { articles, index: new Map(articles.map((a, i) => [a.slug, i])) };
    sorted.byCategory.set(category, entry);
  }
  return entry;
}

/** The navigation of the article `slug` in `category`. */
export function categoryNav(list: readonly ArticleRecord[], category: string, slug: string, limit = NAV_LIMIT): CategoryNav {
  const { articles, index } = categoryOrder(list, category);
  if (articles.length <= limit) return { articles, total: articles.length, more: false };
  const at = index.get(slug) ?? 0;
  const start = Math.min(Math.max(0, at - Math.floor(limit / 2)), articles.length - limit);
  return { articles: articles.slice(start, start + limit), total: articles.length, more: true };
}

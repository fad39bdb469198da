/**
 * Ranked search over the KB's published articles with MiniSearch (BM25):
 * title, keywords, summary and body, with field boosts, the same stop
 * words and stemming as topic clustering, and light fuzziness for typos.
 * Used by the gap report (which article answers a topic) and by
 * `kb suggest`.
 */
import MiniSearch from 'minisearch';
import { tokenize } from '../../plugins/text/tokenize.ts';
import { createSearchTermProcessor } from './text-terms.ts';
import { loadArticles, type KbArticle } from './load-articles.ts';

/** One hit. */
export interface ArticleHit {
  slug: string;
  title: string;
  score: number;
  category: string | null;
  product_area: string | null;
}

/** A hit with the query terms it matched, for callers that judge coverage. */
export interface DetailedHit extends ArticleHit {
  /** Query terms (stemmed) found in the article. */
  matched: string[];
}

/** Options of a search. */
export interface SearchOptions {
  /** Most hits returned. Default 5. */
  limit?: number;
}

/** Search over one KB. */
export interface ArticleSearch {
  search(text: string, options?: SearchOptions): ArticleHit[];
  /** Like `search`, with the matched terms of each hit. */
  searchDetailed(text: string, options?: SearchOptions): DetailedHit[];
  /** Stems of a query as the index sees them. */
  queryTerms(text: string): string[];
  /** The published articles indexed, sorted by slug. */
  articles: readonly KbArticle[];
}

/** Options of {@link createArticleSearch}. */
export interface ArticleSearchOptions {
  /** Articles already loaded (default: read from `contentDir`). */
  articles?: readonly KbArticle[];
  /** Extra words to ignore (product and plan names say nothing about a topic). */
  stopWords?: readonly string[];
}

/** Field boosts: a word in the title says more about the topic than one in the body. */
export const fieldBoosts = { title: 3, keywords: 3, summary: 2, body: 1 } as const;

/** Indexes the published articles of the KB at `contentDir`. */
export function createArticleSearch(contentDir: string, options: ArticleSearchOptions = {}): ArticleSearch {
  const articles = (options.articles ?? loadArticles(contentDir))
    .filter((a) => a.status === 'published')
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const processTerm = createSearchTermProcessor({ stopWords: options.stopWords });
  const index = new MiniSearch<KbArticle>({
    idField: 'slug',
    fields: ['title', 'keywords', 'summary', 'body'],
    extractField: (article, field) => {
      const value = article[field as keyof KbArticle];
      return Array.isArray(value) ? value.join(' ') : String(value ?? '');
    },
    tokenize,
    processTerm,
    searchOptions: {
      boost: { ...fieldBoosts },
      // Typos in long words only: short words are too easy to confuse.
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      prefix: false,
      combineWith: 'OR',
    },
  });
  index.addAll(articles);
  const bySlug = new Map(articles.map((a) => [a.slug, a]));

  const searchDetailed = (text: string, searchOptions: SearchOptions = {}): DetailedHit[] => {
    const limit = searchOptions.limit ?? 5;
    return index
      .search(text)
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, limit)
      .map((hit) => {
        const article = bySlug.get(hit.id as string)!;
        return {
          slug: article.slug,
          title: article.title,
          score: Math.round(hit.score * 1000) / 1000,
          category: article.category,
          product_area: article.product_area,
          matched: [...new Set(hit.queryTerms)].sort(),
        };
      });
  };
  return {
    search: (text, searchOptions) => searchDetailed(text, searchOptions).map(({ matched: _matched, ...hit }) => hit),
    searchDetailed,
    queryTerms: (text) => [...new Set(tokenize(text).map(processTerm).filter((t): t is string => typeof t === 'string'))],
    articles,
  };
}

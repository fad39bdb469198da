/**
 * Finds the article that answers a topic. Candidates come from the ranked
 * article search (MiniSearch, BM25 with field boosts); the best one counts
 * only if it contains enough of the topic's key terms, each weighted by how
 * rare it is in the KB — a topic about "printing schedules" is not answered
 * by an article that only shares the word "schedule". A topic of one word
 * ("Claims", a helpdesk category) is covered only by an article whose title
 * or keywords hold that word: one body word proves nothing. Tickets that
 * name the article they came from (the contact page passes it along)
 * outvote search.
 */
import type { ArticleSearch } from '../kb-search/article-search.ts';
import type { KbArticle } from '../kb-search/load-articles.ts';
import { createTermExtractor } from '../kb-search/text-terms.ts';

/** The article a topic matched, and how well. */
export interface ArticleMatch {
  article: KbArticle;
  /** Weighted share of the topic's key terms found in the article, 0-1 (1 for an article named by tickets). */
  coverage: number;
  via: 'search' | 'tickets';
}

/** Options of {@link createArticleMatcher}. */
export interface ArticleMatcherOptions {
  minCoverage: number;
  stopWords?: readonly string[];
}

/** Share of a topic's tickets that must name (or find) the same article for it to count. */
const NAMED_SHARE = 0.3;
/** Tickets of a topic searched one by one; a sample is enough to see which article they find. */
const SAMPLED_TICKETS = 25;

/** Prepares matching against one KB. */
export function createArticleMatcher(search: ArticleSearch, options: ArticleMatcherOptions) {
  const extract = createTermExtractor({ stopWords: options.stopWords });
  const df = new Map<string, number>();
  for (const article of search.articles) {
    const stems = new Set(extract(`${article.title}\n${article.summary}\n${article.keywords.join('\n')}\n${article.body}`).map((t) => t.stem));
    for (const stem of stems) df.set(stem, (df.get(stem) ?? 0) + 1);
  }
  const n = search.articles.length;
  const idf = (stem: string) => Math.log((n + 1) / ((df.get(stem) ?? 0) + 1)) + 1;
  const bySlug = new Map(search.articles.map((a) => [a.slug, a]));
  const headStems = new Map(search.articles.map((a) => [a.slug, new Set(extract(`${a.title}\n${a.keywords.join('\n')}`).map((t) => t.stem))] as const));

  /** Weighted share of `stems` found in an article that matched `matched`. */
  const coverageOf = (stems: readonly string[], matched: ReadonlySet<string>) => {
    let total = 0;
    let found = 0;
    for (const stem of stems) {
      const weight = idf(stem);
      total += weight;
      if (matched.has(stem)) found += weight;
    }
    return total === 0 ? 0 : found / total;
  };

  /** The best hit for a query that covers enough of it (and, for a one-word topic, names it in title or keywords), or undefined. */
  const bestCovering = (query: string, allowed: (slug: string) => boolean): { slug: string; coverage: number } | undefined => {
    const stems = search.queryTerms(query);
    if (stems.length === 0) return undefined;
    for (const hit of search.searchDetailed(query, { limit: 3 })) {
      if (!allowed(hit.slug)) continue;
      const coverage = coverageOf(stems, new Set(hit.matched));
      if (coverage >= options.minCoverage) return { slug: hit.slug, coverage };
    }
    return undefined;
  };

  return {
    /**
     * The article for a topic: the one its tickets name on the contact page,
     * else the one most of its tickets find when searched one by one (the
     * customer's own question), else the one that covers the topic's key terms.
     */
    match(terms: readonly string[], tickets: ReadonlyArray<{ title: string; article: string | null }> = []): ArticleMatch | null {
      const named = mostNamed(tickets.map((t) => t.article));
      if (named && named.count >= Math.max(2, NAMED_SHARE * tickets.length)) {
        const article = bySlug.get(named.slug);
        if (article) return { article, coverage: 1, via: 'tickets' };
      }
      const topicStems = [...new Set(extract(terms.join(' ')).map((t) => t.stem))];
      const oneWord = topicStems.length === 1 ? topicStems[0]! : undefined;
      const allowed = (slug: string) => oneWord === undefined || headStems.get(slug)?.has(oneWord) === true;
      const step = Math.max(1, tickets.length / SAMPLED_TICKETS);
      const sampled: string[] = [];
      for (let i = 0; i < tickets.length && sampled.length < SAMPLED_TICKETS; i += step) sampled.push(tickets[Math.floor(i)]!.title);
      const found = mostNamed(sampled.map((title) => bestCovering(title, allowed)?.slug ?? null));
      if (found && found.count >= Math.max(2, NAMED_SHARE * sampled.length)) {
        return { article: bySlug.get(found.slug)!, coverage: found.count / sampled.length, via: 'search' };
      }
      const topic = bestCovering(terms.join(' '), allowed);
      return topic ? { article: bySlug.get(topic.slug)!, coverage: topic.coverage, via: 'search' } : null;
    },
  };
}

function mostNamed(slugs: ReadonlyArray<string | null>): { slug: string; count: number } | undefined {
  const counts = new Map<string, number>();
  for (const slug of slugs) if (slug) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  let best: { slug: string; count: number } | undefined;
  for (const [slug, count] of counts) if (!best || count > best.count || (count === best.count && slug < best.slug)) best = { slug, count };
  return best;
}

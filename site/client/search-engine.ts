/**
 * Pagefind, loaded on first use (never with the page), and the one search
 * function every search box uses: filters, exact matches first, the result
 * data for one page of hits at a time, and a second chance for questions
 * typed as sentences (Pagefind finds only pages with every word, so "my
 * payroll export is missing hours" would find nothing).
 */
import type { PagefindModule, PagefindResponse, PagefindResult } from './pagefind-types.ts';
import { mergeByMatchedTerms, searchTerms } from './relaxed-search.ts';
import { rankExactFirst } from './search-ranking.ts';
import { siteBase } from './site-base.ts';

/** Filter keys as tagged on article pages (see `search-index-tags.astro`). */
export const filterKeys = ['category', 'area', 'difficulty', 'plan'] as const;
export type FilterKey = (typeof filterKeys)[number];
export type SearchFilters = Partial<Record<FilterKey, string>>;

export interface SearchHit {
  slug: string;
  url: string;
  title: string;
  /** The article's one-sentence summary, shown under the title. */
  summary: string;
  keywords: string[];
}

export interface SearchOutcome {
  query: string;
  filters: SearchFilters;
  total: number;
  hits: SearchHit[];
  /** Loads the next page of hits (already ranked), or nothing when all are shown. */
  more(): Promise<SearchHit[]>;
  /** Result counts per filter value for this query. */
  filterCounts: Record<string, Record<string, number>>;
  /** True when no article had every word and these match some of them. */
  partial: boolean;
}

let engine: Promise<PagefindModule> | undefined;

/** Imports `/pagefind/pagefind.js` once; later calls share it. */
export function loadEngine(): Promise<PagefindModule> {
  engine ??= (async () => {
    const url = `${siteBase()}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
    // Title and keyword matches outrank body matches (Pagefind's default title weight is 5).
    await pagefind.options({ ranking: { metaWeights: { title: 10, keywords: 8 } } });
    await pagefind.init();
    return pagefind;
  })();
  engine.catch(() => {
    engine = undefined; // A failed load (offline, missing index) may succeed on the next try.
  });
  return engine;
}

/** Every filter value in the index, with its article count. */
export async function filterValues(): Promise<Record<string, Record<string, number>>> {
  return (await loadEngine()).filters();
}

async function toHit(result: PagefindResult): Promise<SearchHit> {
  const data = await result.data();
  const keywords = (data.meta.keywords ?? '').split(',').map((k) => k.trim()).filter(Boolean);
  const slug = data.meta.slug ?? /\/articles\/([^/]+)\//.exec(data.url)?.[1] ?? '';
  return { slug, url: data.url, title: data.meta.title ?? data.url, summary: data.meta.summary ?? '', keywords };
}

function activeFilters(filters: SearchFilters): Record<string, string> | undefined {
  const entries = Object.entries(filters).filter(([, v]) => typeof v === 'string' && v !== '');
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

let latest = 0;

/**
 * Searches with a short debounce; resolves `null` when a newer call
 * superseded this one (the caller just drops it). An empty query with
 * filters lists the filtered articles. When no article has every word, the
 * articles matching the most of the query's significant words are returned,
 * marked `partial`.
 */
export async function searchArticles(query: string, filters: SearchFilters, pageSize = 10, debounceMs = 150): Promise<SearchOutcome | null> {
  const call = ++latest;
  const pagefind = await loadEngine();
  const trimmed = query.trim();
  const options = { filters: activeFilters(filters) };
  if (trimmed === '' && !options.filters) {
    return { query: '', filters, total: 0, hits: [], more: async () => [], filterCounts: {}, partial: false };
  }
  const response: PagefindResponse | null = await pagefind.debouncedSearch(trimmed === '' ? null : trimmed, options, debounceMs);
  if (!response || call !== latest) return null;
  let results = response.results;
  let partial = false;
  const terms = searchTerms(trimmed, document.documentElement.lang);
  if (results.length === 0 && terms.length > 1) {
    const perTerm = await Promise.all(terms.map((term) => pagefind.search(term, options)));
    if (call !== latest) return null;
    results = mergeByMatchedTerms(perTerm.map((r) => r.results));
    partial = results.length > 0;
  }
  // Exact matches are promoted within the first page, which metadata weights already fill with the best candidates.
  const first = rankExactFirst(await Promise.all(results.slice(0, pageSize).map(toHit)), trimmed);
  let shown = first.length;
  return {
    query: trimmed,
    filters,
    total: results.length,
    hits: first,
    filterCounts: partial ? {} : response.filters,
    partial,
    more: async () => {
      const next = results.slice(shown, shown + pageSize);
      shown += next.length;
      return Promise.all(next.map(toHit));
    },
  };
}

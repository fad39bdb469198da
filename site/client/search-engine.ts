/**
 * The one search every search box uses (dialog, search page, contact
 * page): Pagefind and the KB's vocabulary, loaded on first use (never with
 * the page). A query is read word by word (`query-words.ts`), each word the
 * KB knows is looked up in Pagefind, and the lookups are joined by the
 * stated match rule (`match-rule.ts`), so a question about something the
 * KB does not cover finds nothing instead of whatever shares a word with
 * it.
 */
import type { PagefindFragment, PagefindModule, PagefindResult } from './pagefind-types.ts';
import { rankPages, type PhraseLookup, type RankedPage, type WordHit, type WordLookup } from './match-rule.ts';
import { analyzeQuery, endsUnfinished, MAX_QUERY_LENGTH } from './query-words.ts';
import { tellingWords } from './telling-words.ts';
import { readDictionaryFor } from './search-dictionary.ts';
import { excerptAround, markTerms, type TextPart } from './search-excerpt.ts';
import { rankingOptions } from './search-engine-options.ts';
import { loadVocabulary, type Vocabulary } from './search-vocabulary.ts';
import { siteBase } from './site-base.ts';

/** Filter keys as tagged on article pages (see `search-index-tags.astro`). */
export const filterKeys = ['category', 'area', 'difficulty', 'plan'] as const;
export type FilterKey = (typeof filterKeys)[number];
export type SearchFilters = Partial<Record<FilterKey, string>>;


export interface SearchHit {
  slug: string;
  url: string;
  title: string;
  category: string;
  /** Where the words matched, marked; the summary when they matched only the title or keywords. */
  excerpt: TextPart[];
}

export interface SearchOutcome {
  query: string;
  filters: SearchFilters;
  total: number;
  hits: SearchHit[];
  /** Loads the next page of hits, or nothing when all are shown. */
  more(): Promise<SearchHit[]>;
  /** Result counts per filter value for these results (loaded after them). */
  filterCounts(): Promise<Record<string, Record<string, number>>>;
  /** The query with its typos corrected, when results are for it rather than for what was typed. */
  corrected?: string;
  /** True when the query had no word beyond filler ("how do I"). */
  noWords: boolean;
}

export interface SearchOptions {
  pageSize?: number;
  debounceMs?: number;
  /** The customer is still typing: the last word may be unfinished. */
  typing?: boolean;
  /** Keep only results scoring at least this share of the best one (the contact page's cut-off). */
  minScoreShare?: number;
}

let engine: Promise<PagefindModule> | undefined;

/** Imports `/pagefind/pagefind.js` once; later calls share it. */
export function loadEngine(): Promise<PagefindModule> {
  engine ??= (async () => {
    const url = `${siteBase()}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
    await pagefind.options({ ranking: rankingOptions });
    await pagefind.init();
    return pagefind;
  })();
  engine.catch(() => {
    engine = undefined; // A failed load (offline, missing index) may succeed on the next try.
  });
  return engine;
}

/**
 * Starts loading what a search needs (Pagefind and the vocabulary) when a
 * search box opens, so the first query waits for neither: both load while
 * the customer types.
 */
export function prepareSearch(): void {
  void loadEngine().catch(() => undefined);
  void loadVocabulary().catch(() => undefined);
}

/** Every filter value in the index, with its article count. */
export async function filterValues(): Promise<Record<string, Record<string, number>>> {
  return (await loadEngine()).filters();
}

/**
 * Result counts per filter value for a result set. Every result contains at
 * least one searched word, so a value's count is how many results are
 * among the pages that have the value and one of the words: one filtered
 * lookup per word and value, on index chunks already loaded (a filter-only
 * search would load the whole index). `terms` empty: the filter-only listing.
 */
async function countFilters(
  pagefind: PagefindModule,
  terms: readonly string[],
  ids: readonly string[],
  active: Record<string, string> | undefined,
  stale: () => boolean,
): Promise<Record<string, Record<string, number>>> {
  const results = new Set(ids);
  const all = await pagefind.filters();
  const counts: Record<string, Record<string, number>> = {};
  for (const [key, values] of Object.entries(all)) {
    counts[key] = {};
    for (const value of Object.keys(values)) {
      const filters = { ...active, [key]: value };
      const found = new Set<string>();
      for (const term of terms.length > 0 ? terms : [null]) {
        // A newer search makes these counts useless: stop spending the reader's CPU on them.
        if (stale()) throw new Error('superseded');
        for (const r of (await pagefind.search(term, { filters })).results) if (results.has(r.id)) found.add(r.id);
      }
      counts[key][value] = found.size;
    }
  }
  return counts;
}

function activeFilters(filters: SearchFilters): Record<string, string> | undefined {
  const entries = Object.entries(filters).filter(([, v]) => typeof v === 'string' && v !== '');
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function slugOf(url: string): string {
  return /\/articles\/([^/]+)\/?$/.exec(url)?.[1] ?? url;
}

async function toHit(result: PagefindResult, page: RankedPage | undefined, language: string): Promise<SearchHit> {
  const data: PagefindFragment = await result.data();
  const bodyStart = data.anchors?.find((a) => a.id === 'article-body')?.location ?? 0;
  const summary = data.meta.summary ?? '';
  const excerpt = (page && excerptAround(data.content ?? '', page.locations, bodyStart)) ?? markTerms(summary, page?.terms ?? [], language);
  return { slug: slugOf(data.url), url: data.url, title: data.meta.title ?? data.url, category: data.filters?.category?.[0] ?? '', excerpt };
}

/**
 * The pages where the two parts of a split word ("sign up" for "signup")
 * stand next to each other, as hits of the part the KB uses as a word
 * (its fields say whether the page is about it).
 */
async function splitHits(phrase: string, lookup: (term: string) => Promise<WordHit[]>, vocabulary: Vocabulary): Promise<WordHit[]> {
  const [head = '', tail = ''] = phrase.split(' ');
  const [heads, tails] = await Promise.all([lookup(head), lookup(tail)]);
  const tailsOf = new Map(tails.map((hit) => [hit.id, hit]));
  const main = vocabulary.hasWord(head) ? 'head' : 'tail';
  const hits: WordHit[] = [];
  for (const hit of heads) {
    const other = tailsOf.get(hit.id);
    if (!other) continue;
    const next = new Set(other.locations);
    const at = hit.locations.filter((location) => next.has(location + 1));
    if (at.length === 0) continue;
    const base = main === 'head' ? hit : other;
    hits.push({ id: hit.id, score: base.score, fields: base.fields, locations: [...at, ...at.map((location) => location + 1)] });
  }
  return hits;
}

/** Pagefind's answers by term and filters, newest last. */
const answers = new Map<string, Promise<PagefindResult[]>>();
/** Answers kept: a word costs Pagefind time in proportion to the pages holding it, and a session repeats its words as it types. */
const MAX_ANSWERS = 64;

/**
 * Pagefind's results for one term (a word, or a quoted phrase) under the
 * active filters, looked up once per session: typing "leave balance"
 * looks "leave" up once, however many times the query is searched.
 */
function answerFor(pagefind: PagefindModule, term: string, active: Record<string, string> | undefined): Promise<PagefindResult[]> {
  const key = JSON.stringify([term, active ?? {}]);
  let answer = answers.get(key);
  if (answer) {
    answers.delete(key); // Re-inserted below: most recently used last.
  } else {
    answer = pagefind.search(term, { filters: active }).then((response) => response.results);
    answer.catch(() => answers.delete(key));
  }
  answers.set(key, answer);
  for (const old of answers.keys()) {
    if (answers.size <= MAX_ANSWERS) break;
    answers.delete(old);
  }
  return answer;
}

/**
 * Looks up the words and phrases of the query so far while the pause
 * before searching runs, so the search after it finds their answers ready.
 * A word still being typed only has its index chunk loaded (it may yet
 * become a longer word), as Pagefind's own UI does; an unfinished prefix
 * ("lea" of "leave") loads nothing, as it can need another chunk than the
 * word it becomes, and filler or unknown words are never looked up.
 */
async function lookUpAhead(text: string, active: Record<string, string> | undefined, typing: boolean): Promise<void> {
  if (text === '') return;
  const [pagefind, vocabulary] = await Promise.all([loadEngine(), loadVocabulary()]);
  const analysis = analyzeQuery(text, vocabulary, { typing });
  const ready = tellingWords(analysis.words, vocabulary).filter((word) => word.kind !== 'prefix');
  const words = ready.filter((word) => !word.unfinished).flatMap((word) => word.term.split(' '));
  // A phrase is cheap to look up, and one ending in the word being typed may not be the query's.
  const phrases = endsUnfinished(text, typing) ? [] : analysis.phrases.map((phrase) => `"${phrase}"`);
  await Promise.all([
    ...[...new Set([...words, ...phrases])].map((term) => answerFor(pagefind, term, active)),
    ...ready.filter((word) => word.unfinished).map((word) => pagefind.preload(word.term, { filters: active })),
  ]);
}

let latest = 0;

/** Drops every search still running (their promises resolve `null`). */
export function cancelSearches(): void {
  latest += 1;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Searches after a short pause (typing fires many calls); resolves `null`
 * when a newer call superseded this one (the caller just drops it). An
 * empty query with filters lists the filtered articles.
 */
export async function searchArticles(query: string, filters: SearchFilters, options: SearchOptions = {}): Promise<SearchOutcome | null> {
  const { pageSize = 10, debounceMs = 150, typing = false, minScoreShare = 0 } = options;
  const call = ++latest;
  const text = query.trim().slice(0, MAX_QUERY_LENGTH);
  const active = activeFilters(filters);
  if (debounceMs > 0) {
    void lookUpAhead(text, active, typing).catch(() => undefined);
    await sleep(debounceMs);
  }
  if (call !== latest) return null;
  const [pagefind, vocabulary] = await Promise.all([loadEngine(), loadVocabulary()]);
  const base = { query: text, filters, noWords: false };
  if (text === '' && !active) {
    return { ...base, total: 0, hits: [], more: async () => [], filterCounts: async () => ({}) };
  }

  let ranked: RankedPage[];
  let terms: string[] = [];
  const results = new Map<string, PagefindResult>();
  let corrected: string | undefined;
  let noWords = false;
  if (text === '') {
    const response = await pagefind.search(null, { filters: active });
    for (const r of response.results) results.set(r.id, r);
    ranked = response.results.map((r) => ({ id: r.id, score: r.score, coverage: 1, locations: [], terms: [] }));
  } else {
    const read = async (swaps: boolean) => {
      const analysis = analyzeQuery(text, vocabulary, { typing, swaps });
      const searched = tellingWords(analysis.words, vocabulary);
      const unknown = analysis.words.filter((w) => w.kind === 'unknown');
      const lookup = async (term: string) => {
        const answer = await answerFor(pagefind, term, active);
        for (const r of answer) if (!results.has(r.id)) results.set(r.id, r);
        return answer.map((r) => ({ id: r.id, score: r.score, fields: r.matchedMetaFields ?? [], locations: r.words ?? [] }));
      };
      const lookups: WordLookup[] = await Promise.all(
        searched.map(async (word) => {
          const band = word.kind === 'split' ? undefined : vocabulary.commonBand(word.term);
          const hits = word.kind === 'split' ? await splitHits(word.term, lookup, vocabulary) : await lookup(word.term);
          const action = word.kind !== 'split' && vocabulary.isAction(word.term);
          return { word: word.word, term: word.term, at: word.at, action, ...(band !== undefined ? { band } : {}), hits };
        }),
      );
      // A split word the KB never writes as that phrase is a word it does not use.
      const found = lookups.filter((lookup, i) => searched[i]?.kind !== 'split' || lookup.hits.length > 0);
      const unused = searched.filter((word, i) => word.kind === 'split' && lookups[i]?.hits.length === 0).map((word) => ({ word: word.word, at: word.at }));
      const searchedTerms = new Set(found.map((w) => w.term));
      const phrases: PhraseLookup[] = await Promise.all(
        analysis.phrases.map(async (phrase) => {
          const answer = await answerFor(pagefind, `"${phrase}"`, active);
          return { phrase, terms: phrase.split(' ').filter((t) => searchedTerms.has(t)), hits: answer.map((r) => ({ id: r.id, locations: r.words ?? [] })) };
        }),
      );
      const pages = rankPages(found, [...unknown, ...unused], vocabulary.pages, phrases, { symptom: analysis.symptom, troubleshooting: vocabulary.troubleshooting });
      return { analysis, pages, terms: found.map((w) => w.term) };
    };
    await readDictionaryFor(text, vocabulary, typing);
    let reading = await read(false);
    // A real word that is a KB word with two letters swapped ("trail" for "trial") is read so only when the query found nothing as typed.
    if (reading.pages.length === 0 && reading.analysis.words.some((w) => w.swap)) reading = await read(true);
    ranked = reading.pages;
    terms = reading.terms;
    noWords = reading.analysis.words.length === 0;
    const corrections = reading.analysis.corrected;
    const best = ranked[0]?.score ?? 0;
    if (minScoreShare > 0) ranked = ranked.filter((p) => p.score >= best * minScoreShare);
    if (ranked.length > 0) corrected = corrections;
  }
  if (call !== latest) return null;

  const hitsOf = (pages: readonly RankedPage[]) => Promise.all(pages.map((p) => toHit(results.get(p.id) as PagefindResult, p, vocabulary.language)));
  const first = await hitsOf(ranked.slice(0, pageSize));
  let shown = first.length;
  let counts: Promise<Record<string, Record<string, number>>> | undefined;
  return {
    ...base,
    noWords,
    ...(corrected ? { corrected } : {}),
    total: ranked.length,
    hits: first,
    more: async () => {
      const next = ranked.slice(shown, shown + pageSize);
      shown += next.length;
      return hitsOf(next);
    },
    filterCounts: () => {
      counts ??= countFilters(pagefind, terms, ranked.map((p) => p.id), active, () => call !== latest);
      return counts;
    },
  };
}

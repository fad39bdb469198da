/**
 * Which articles a query found, and in what order. Every searched word of
 * the query (see `query-words.ts`) is looked up on its own in Pagefind; this
 * file joins those lookups by a stated rule.
 *
 * The rule for "no match". Each word of the query has a weight: its rarity
 * among the articles that are about it — `ln(1 + (N − n + 0.5) / (n + 0.5))`
 * for a word in the title, keywords, summary or synonyms of `n` of the `N`
 * articles (BM25's IDF), so a word the KB never makes a topic weighs the
 * most — halved for words that say what to do or what happened rather
 * than what about: action words (the verbs titles start with,
 * `title.action_verbs`: "reset", "enable") and verb forms ending in "-ed"
 * or "-ing" ("calculated", "missing"). An article covers a word fully when
 * the word is in its title, keywords, summary or synonyms, and a quarter
 * when it is only in its body. An article is a result only when it covers
 * at least half of the query's weight. Filler never counts (it is dropped
 * before), a typo corrected counts as the word it was meant to be, and a
 * question about something the KB never covers ("kubernetes helm chart",
 * "how do I renew my passport") finds nothing, even when one of its words
 * appears somewhere in the KB.
 *
 * A keyword phrase holding a stop word that the query contains ("sign up",
 * "log in": the stop word alone would be dropped) is looked up whole and
 * weighs again what its words weigh: an article with the phrase covers it
 * (fully when those words are in its title, keywords, summary or synonyms),
 * so "sign up" prefers the article about signing up to the one about
 * single sign-on.
 *
 * Order: coverage first, Pagefind's score second. Each page's score is
 * `coverage² × (1 + ½ × s / s_best)`, where `s` is the sum of Pagefind's
 * scores for the words it matches (Pagefind weighs where a word sits:
 * title, keywords, summary and synonyms above body text; see
 * `search-engine-options.ts`) and `s_best` the highest such sum.
 */

/** Share of the query's weight an article must cover. */
export const MIN_COVERAGE = 0.5;
/** How much a word found only in an article's body counts. */
export const BODY_ONLY = 0.25;
/** How much an action word or a verb form weighs against the others. */
export const HOW_WORD = 0.5;
/** How much Pagefind's score moves a page within the order coverage gives. */
export const SCORE_SHARE = 0.5;
/** Metadata fields that count as the article being about a word. */
export const STRONG_FIELDS: ReadonlySet<string> = new Set(['title', 'keywords', 'summary', 'synonyms']);

/** One page a word's lookup found. */
export interface WordHit {
  id: string;
  score: number;
  /** Metadata fields the word was found in. */
  fields: readonly string[];
  /** Word positions of the matches in the page's text. */
  locations: readonly number[];
}

/** How a word of the query reads, for its weight. */
export interface WordShape {
  /** The word as typed (folded). */
  word: string;
  /** An action word (see above). */
  action?: boolean;
}

/** A searched word and what its lookup found. */
export interface WordLookup extends WordShape {
  /** What was searched: the word, its correction or a prefix. */
  term: string;
  hits: readonly WordHit[];
}

/** A phrase of the query looked up whole, and the pages that have it. */
export interface PhraseLookup {
  phrase: string;
  /** The phrase's words that were looked up on their own (its stop words are not). */
  terms: readonly string[];
  hits: ReadonlyArray<{ id: string; locations: readonly number[] }>;
}

export interface RankedPage {
  id: string;
  score: number;
  /** Share of the query's weight the page covers, 0 to 1. */
  coverage: number;
  /** Positions of every matched word in the page's text. */
  locations: number[];
  /** Terms found on the page. */
  terms: string[];
}

/** BM25's inverse document frequency of a word on `pages` of `total` pages. */
export function rarity(pages: number, total: number): number {
  return Math.log(1 + (Math.max(total - pages, 0) + 0.5) / (pages + 0.5));
}

const isStrong = (hit: WordHit) => hit.fields.some((field) => STRONG_FIELDS.has(field));

/** True for a word that says what to do or what happened: an action word, or a verb form in "-ed" / "-ing". */
export function isHowWord(word: WordShape): boolean {
  return word.action === true || (word.word.length > 5 && /(?:ed|ing)$/.test(word.word));
}

/**
 * The pages that pass the rule, best first. `unknown` are the words of the
 * query the KB does not use at all; `total` is the number of pages in the
 * index.
 */
export function rankPages(lookups: readonly WordLookup[], unknown: readonly WordShape[], total: number, phrases: readonly PhraseLookup[] = []): RankedPage[] {
  const factor = (word: WordShape) => (isHowWord(word) ? HOW_WORD : 1);
  const weights = lookups.map((lookup) => rarity(lookup.hits.filter(isStrong).length, total) * factor(lookup));
  const weightOf = new Map(lookups.map((lookup, i) => [lookup.term, weights[i] as number]));
  const phraseWeights = phrases.map((p) => p.terms.reduce((sum, term) => sum + (weightOf.get(term) ?? 0), 0));
  const queryWeight =
    weights.reduce((sum, w) => sum + w, 0) + phraseWeights.reduce((sum, w) => sum + w, 0) + unknown.reduce((sum, word) => sum + rarity(0, total) * factor(word), 0);
  if (queryWeight <= 0 || lookups.length === 0) return [];
  const pages = new Map<string, { score: number; covered: number; locations: number[]; terms: string[]; strongTerms: Set<string> }>();
  lookups.forEach((lookup, i) => {
    const weight = weights[i] as number;
    for (const hit of lookup.hits) {
      let page = pages.get(hit.id);
      if (!page) {
        page = { score: 0, covered: 0, locations: [], terms: [], strongTerms: new Set() };
        pages.set(hit.id, page);
      }
      if (page.terms.includes(lookup.term)) continue;
      page.terms.push(lookup.term);
      if (isStrong(hit)) page.strongTerms.add(lookup.term);
      page.score += hit.score;
      page.covered += weight * (isStrong(hit) ? 1 : BODY_ONLY);
      page.locations.push(...hit.locations);
    }
  });
  phrases.forEach((phrase, i) => {
    const weight = phraseWeights[i] as number;
    for (const hit of phrase.hits) {
      const page = pages.get(hit.id);
      if (!page || weight <= 0) continue;
      page.covered += weight * (phrase.terms.every((t) => page.strongTerms.has(t)) ? 1 : BODY_ONLY);
      page.locations.push(...hit.locations);
    }
  });
  const passing = [...pages].map(([id, page]) => ({ id, page, coverage: page.covered / queryWeight })).filter((p) => p.coverage + 1e-9 >= MIN_COVERAGE);
  const best = Math.max(...passing.map((p) => p.page.score), Number.MIN_VALUE);
  return passing
    .map(({ id, page, coverage }) => ({
      id,
      score: coverage ** 2 * (1 + (SCORE_SHARE * page.score) / best),
      coverage,
      locations: [...new Set(page.locations)].sort((a, b) => a - b),
      terms: page.terms,
    }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

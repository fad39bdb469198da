/**
 * Which articles a query found, and in what order. Every searched word of
 * the query (see `query-words.ts`) is looked up on its own in Pagefind; this
 * file joins those lookups by a stated rule.
 *
 * Weights. Each word of the query weighs how much it says about what the
 * question is about. A KB word weighs BM25's rarity `ln(1 + (N − n + 0.5)
 * / (n + 0.5))` over the articles that are about it (`n` of the `N`
 * articles have it in their title, keywords, summary or synonyms), but
 * never more than twice its rarity over all their text (a word on most
 * pages, such as the "stuck" of every "Still stuck?", says little), nor
 * more than its commonness in English allows (below: "month", "last" and
 * "find" are ordinary words even when few titles hold them). A word the KB never
 * uses weighs by how common it is in English (SCOWL sizes, see
 * `scripts/build/search-vocabulary.ts`): as a KB word on 35% of the
 * articles for the most common words ("home", "night", "saturday"), 20%
 * for the next ("appointment"), 5% for the rest of a large dictionary
 * ("spreadsheet", "inbox", `scripts/build/search-dictionary.ts`); any
 * other word (a brand, a product, a name: "netflix", "kubernetes") weighs
 * twice a KB word found on no article: it names something the KB never
 * mentions. So ordinary words a customer adds ("…from home", "…at night")
 * cost little, and a word that changes the subject costs the most.
 *
 * The rule for "no match". An article covers a word fully when the word is
 * in its title, keywords, summary or synonyms, or when it stands in its body
 * next to the query's word before or after it, in the query's order (the
 * page names the thing asked about: "quiet hours", "bank statement"); when
 * the word is only elsewhere in its body, it covers a quarter, or half when
 * it stands within a few words of another word of the query there (the
 * passage that answers the question). Two words of the query stand
 * together only when no word the KB lacks stands between them in the
 * query ("how long to bake salmon at 400" quotes no page).
 * An article is a result only when it covers at least half of the query's
 * weight and has at least one of its words in its title, keywords, summary
 * or synonyms, or quotes the query (two of its words in its body exactly
 * as far apart as typed). Filler never counts (it is dropped before), a typo
 * corrected counts as the word it was meant to be, and a question about
 * something the KB never covers ("kubernetes helm chart", "cancel netflix
 * subscription") finds nothing, even when some of its words appear in the
 * KB.
 *
 * A keyword phrase holding a stop word that the query contains ("sign up",
 * "log in": the stop word alone would be dropped) is looked up whole and
 * weighs again what its words weigh: an article with the phrase covers it
 * (fully when those words are in its title, keywords, summary or synonyms),
 * so "sign up" prefers the article about signing up to the one about
 * single sign-on.
 *
 * Order: coverage first (squared), then Pagefind's score, words of the
 * query standing together on the page, the task and the kind of article.
 * Each page's score is `((coverage + strong) / 2)² × (1 + ½ × s / s_best
 * + ½ × together + ½ × task + ½ × fix)`, where `strong` is the share of
 * the query's weight in its title, keywords, summary or synonyms, `s` is
 * the sum of Pagefind's scores for the words it
 * matches (Pagefind weighs where a word sits: title, keywords, summary and
 * synonyms above body text; see `search-engine-options.ts`), `s_best` the
 * highest such sum, `together` the share of the query's neighbouring word
 * pairs that stand next to each other (at most one word apart) on the page
 * ("approve pto" in an article's keywords), `task` 1 when the title
 * starts with the query's first action word (the title opens the page's
 * text: "Invite your team" names the task of "invite staff", "Fix an
 * invite that never arrived" does not, unless the query says something is
 * wrong: then a troubleshooting title names the task wherever it holds
 * the word), and `fix` 1 for a troubleshooting article when the query
 * says something is wrong ("not working", "never got", "failed"), −½
 * when it does not.
 */

/** Share of the query's weight an article must cover. */
export const MIN_COVERAGE = 0.5;
/** How much a word found only in an article's body counts. */
export const BODY_ONLY = 0.25;
/** How much it counts when it stands within `PASSAGE_WORDS` of another word of the query. */
export const BODY_PASSAGE = 0.5;
/** How near two words of the query stand to make a passage. */
export const PASSAGE_WORDS = 6;
/** How much Pagefind's score moves a page within the order coverage gives. */
export const SCORE_SHARE = 0.5;
/** How much neighbouring query words standing together move a page. */
export const TOGETHER_SHARE = 0.5;
/** How much a troubleshooting article moves up for a query that says something is wrong. */
export const FIX_SHARE = 0.5;
/** How much an article moves up whose title holds the query's action words (the task it names). */
export const TASK_SHARE = 0.5;
/**
 * An unknown word weighs as a KB word on this share of the articles, by
 * its commonness band in English (most common first); a word in no band
 * weighs `RARE_FACTOR` times a word on none.
 */
export const BAND_SHARES: readonly number[] = [0.35, 0.2, 0.05];
/** How many times a KB word on no article a word in no commonness band weighs. */
export const RARE_FACTOR = 2;
/** A KB word weighs at most this many times its rarity over all the text (a word on most pages, such as "stuck" of every "Still stuck?", says little). */
export const SPREAD_FACTOR = 2;
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

/** A word of the query the KB does not use. */
export interface UnknownWord {
  /** The word as typed (folded). */
  word: string;
  /** Its commonness band in English (0 the most common); undefined for a rare word. */
  band?: number;
  /** Where the word stands in the query, in words (filler included). */
  at?: number;
}

/** A searched word and what its lookup found. */
export interface WordLookup {
  /** The word as typed (folded). */
  word: string;
  /** What was searched: the word, its correction, a prefix or a phrase. */
  term: string;
  hits: readonly WordHit[];
  /** The searched word's commonness band in English (0 the most common); undefined when rare or a phrase. */
  band?: number;
  /** Where the word stands in the query, in words (filler included). */
  at?: number;
  /** An action word (`title.action_verbs`: "approve", "export"): it names the task. */
  action?: boolean;
}

/** A phrase of the query looked up whole, and the pages that have it. */
export interface PhraseLookup {
  phrase: string;
  /** The phrase's words that were looked up on their own (its stop words are not). */
  terms: readonly string[];
  hits: ReadonlyArray<{ id: string; locations: readonly number[] }>;
}

/** What else the ranking knows about the query and the pages. */
export interface RankContext {
  /** The query says something is wrong. */
  symptom?: boolean;
  /** Pages of troubleshooting articles. */
  troubleshooting?: ReadonlySet<string>;
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

/** The weight of a word the KB does not use, by its commonness band (see above). */
export function unknownWeight(word: UnknownWord, total: number): number {
  const share = word.band === undefined ? 0 : (BAND_SHARES[word.band] ?? 0);
  return (word.band === undefined ? RARE_FACTOR : 1) * rarity(share * total, total);
}

const isStrong = (hit: WordHit) => hit.fields.some((field) => STRONG_FIELDS.has(field));

interface PageState {
  score: number;
  strong: Set<number>;
  titled: Set<number>;
  leads: Set<number>;
  found: Map<number, readonly number[]>;
  locations: number[];
  terms: string[];
}

/** True when some position of `b` follows one of `a` by `gap` words, give or take `slack` (the words stand as in the query). */
function inRun(a: readonly number[], b: readonly number[], gap: number, slack = 1): boolean {
  return a.some((x) => b.some((y) => y > x && Math.abs(y - x - gap) <= slack));
}

/** True when some position of `a` is within `window` of some position of `b`. */
function near(a: readonly number[], b: readonly number[], window: number): boolean {
  return a.some((x) => b.some((y) => x !== y && Math.abs(x - y) <= window));
}

/**
 * The pages that pass the rule, best first. `unknown` are the words of the
 * query the KB does not use at all; `total` is the number of pages in the
 * index.
 */
export function rankPages(
  lookups: readonly WordLookup[],
  unknown: readonly UnknownWord[],
  total: number,
  phrases: readonly PhraseLookup[] = [],
  context: RankContext = {},
): RankedPage[] {
  const weights = lookups.map((lookup) => Math.min(rarity(lookup.hits.filter(isStrong).length, total), unknownWeight({ word: lookup.word, band: lookup.band }, total), SPREAD_FACTOR * rarity(lookup.hits.length, total)));
  const weightOf = new Map(lookups.map((lookup, i) => [lookup.term, weights[i] as number]));
  const phraseWeights = phrases.map((p) => p.terms.reduce((sum, term) => sum + (weightOf.get(term) ?? 0), 0));
  const queryWeight =
    weights.reduce((sum, w) => sum + w, 0) + phraseWeights.reduce((sum, w) => sum + w, 0) + unknown.reduce((sum, word) => sum + unknownWeight(word, total), 0);
  if (queryWeight <= 0 || lookups.length === 0) return [];
  const pages = new Map<string, PageState>();
  lookups.forEach((lookup, i) => {
    for (const hit of lookup.hits) {
      let page = pages.get(hit.id);
      if (!page) {
        page = { score: 0, strong: new Set(), titled: new Set(), leads: new Set(), found: new Map(), locations: [], terms: [] };
        pages.set(hit.id, page);
      }
      if (page.found.has(i)) continue;
      page.found.set(i, hit.locations);
      page.terms.push(lookup.term);
      if (isStrong(hit)) page.strong.add(i);
      if (hit.fields.includes('title')) page.titled.add(i);
      // The title opens the page's text: the word that names its task stands first ("Invite your team", not "Fix an invite that never arrived").
      if (hit.fields.includes('title') && hit.locations.includes(0)) page.leads.add(i);
      page.score += hit.score;
      page.locations.push(...hit.locations);
    }
  });
  const strongTerms = (page: PageState) => new Set([...page.strong].map((i) => lookups[i]?.term));
  // The task a query names is its first action word ("approve" in "approve holiday requests").
  const actions = lookups.flatMap((lookup, i) => (lookup.action ? [i] : [])).slice(0, 1);
  // Two words of the query stand together only when no word the KB lacks stands between them ("how long to bake salmon at 400" quotes no page).
  const gaps = unknown.flatMap((word) => (word.at === undefined ? [] : [word.at]));
  const between = (from: number, to: number) => gaps.some((at) => at > from && at < to);
  const ranked: Array<{ id: string; page: PageState; coverage: number; strength: number; together: number; task: number }> = [];
  for (const [id, page] of pages) {
    let covered = 0;
    let strongCovered = 0;
    const run = (i: number, j: number, slack = 1) => {
      const a = page.found.get(i);
      const b = page.found.get(j);
      const from = lookups[i]?.at;
      const to = lookups[j]?.at;
      return a !== undefined && b !== undefined && from !== undefined && to !== undefined && !between(from, to) && inRun(a, b, to - from, slack);
    };
    let runs = 0;
    for (const [i, locations] of page.found) {
      const weight = weights[i] as number;
      if (run(i, i + 1, 0)) runs += 1;
      if (page.strong.has(i)) {
        covered += weight;
        strongCovered += weight;
      } else if (run(i - 1, i) || run(i, i + 1)) {
        // Covered, but the page is not about it as one with the words in its title, keywords or summary is.
        covered += weight;
      } else {
        const others = [...page.found].filter(([j]) => j !== i).flatMap(([, l]) => l);
        covered += weight * (near(locations, others, PASSAGE_WORDS) ? BODY_PASSAGE : BODY_ONLY);
      }
    }
    const strong = strongTerms(page);
    phrases.forEach((phrase, i) => {
      const weight = phraseWeights[i] as number;
      if (weight <= 0 || !phrase.hits.some((hit) => hit.id === id)) return;
      const isStrongPhrase = phrase.terms.every((t) => strong.has(t));
      covered += weight * (isStrongPhrase ? 1 : BODY_ONLY);
      if (isStrongPhrase) strongCovered += weight;
      for (const hit of phrase.hits) if (hit.id === id) page.locations.push(...hit.locations);
    });
    // A page must be about one of the words, or quote the query (two of its words exactly as far apart as typed: "split tips between staff" does not quote a page's "tips for your staff").
    if (page.strong.size === 0 && runs === 0) continue;
    // Neighbouring words of the query that stand together on the page.
    let pairs = 0;
    let together = 0;
    for (let i = 0; i + 1 < lookups.length; i++) {
      pairs += 1;
      if (run(i, i + 1)) together += 1;
    }
    // A troubleshooting article's task is the fix: for a query that says something is wrong, its title names the task wherever it holds the word ("Fix payroll export errors").
    const named = context.symptom && context.troubleshooting?.has(id) ? page.titled : page.leads;
    const inTitle = actions.filter((i) => named.has(i)).length;
    const task = actions.length > 0 ? inTitle / actions.length : 0;
    ranked.push({ id, page, coverage: covered / queryWeight, strength: strongCovered / queryWeight, together: pairs > 0 ? together / pairs : 0, task });
  }
  const passing = ranked.filter((p) => p.coverage + 1e-9 >= MIN_COVERAGE);
  const best = Math.max(...passing.map((p) => p.page.score), Number.MIN_VALUE);
  // A troubleshooting article moves up for a query that says something is wrong, and down a half for one that does not.
  const fix = (id: string) => (context.troubleshooting?.has(id) ? (context.symptom ? 1 : -0.5) : 0);
  return passing
    .map(({ id, page, coverage, strength, together, task }) => ({
      id,
      score: ((coverage + strength) / 2) ** 2 * (1 + (SCORE_SHARE * page.score) / best + TOGETHER_SHARE * together + TASK_SHARE * task + FIX_SHARE * fix(id)),
      coverage,
      locations: [...new Set(page.locations)].sort((a, b) => a - b),
      terms: page.terms,
    }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

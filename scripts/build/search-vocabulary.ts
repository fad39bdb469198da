/**
 * The search vocabulary: every word of the search index — the text and the
 * searchable metadata (title, summary, keywords, synonyms) Pagefind stored
 * for each page — read back from the index's fragments after Pagefind
 * wrote them, so it holds exactly the words search can find. The browser
 * loads it when search opens: it tells a word the KB knows from one it
 * does not (see `site/client/query-words.ts`) and is the dictionary typos
 * are corrected against. Stop words, one-letter words and long digit runs
 * are left out; words are listed most widespread first, so the first
 * correction found is the likeliest. With them go the dictionary words
 * (`plugins/text/dictionary-words.ts`) that lie a typo away from a KB word
 * but are words in their own right ("passport" near "password", "tire"
 * near "time"): search never corrects those, so a question about a
 * passport does not become one about passwords.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { dictionaryWords } from '../../plugins/text/dictionary-words.ts';
import { stem } from '../../plugins/text/stem.ts';
import { stopWordsFor } from '../../plugins/text/stop-words.ts';
import { tokenize } from '../../plugins/text/tokenize.ts';
import { collapseRepeats, typoEdits } from '../../plugins/text/typo-rule.ts';
import { englishLevels, type WordLevel } from '../../plugins/text/word-commonness.ts';
import { particlesFor } from '../../plugins/text/particles.ts';
import { frontCode } from '../../plugins/text/front-coding.ts';
import { dictionaryShards, writeDictionaryShards } from './search-dictionary.ts';

/** The largest SCOWL size of each commonness band the vocabulary lists, most common first. */
export const COMMON_BANDS = [10, 20] as const;

/** `dist/search/vocabulary.json`. */
export interface SearchVocabulary {
  version: 1;
  language: string;
  /** Pages in the index. */
  pages: number;
  /** Distinct words, most pages first (ties alphabetical). */
  words: string[];
  /** Action words: the verbs titles may start with (`title.action_verbs`), folded. */
  actions: string[];
  /** Dictionary words a typo away from a KB word: spelled right, so search never "corrects" them. */
  realWords: string[];
  /** Another dialect's spelling of a KB word ("greyed" → "grayed"), read as the KB's. */
  variants: Record<string, string>;
  /** Common English words, by band of `COMMON_BANDS`, most common first, each list sorted and front-coded (`plugins/text/front-coding.ts`). */
  common: string[];
  /**
   * Keyword and synonym phrases that hold a stop word ("sign up", "log in",
   * "can't log in"), folded: dropping the stop word would lose them, so
   * search looks them up whole when a query contains one.
   */
  phrases: string[];
  /** Pagefind ids of the troubleshooting articles' pages. */
  troubleshooting: string[];
  /** The rarer dictionary words that are forms of KB words ("encrypted" of "encrypt"), sorted and front-coded: typos of them are corrected to them. */
  forms: string;
  /** Keys of the rarer dictionary words' shards (`search-dictionary.ts`), sorted: a word whose shard is not listed is in none. */
  dictionary: string[];
  /** Words on nearly every page (`EVERYWHERE_SHARE` or more), sorted: they say next to nothing about which page answers, and cost search the most to look up. */
  everywhere: string[];
}

/** Share of the pages a word must be on to count as on every page ("time" on 4,959 of 5,000): its BM25 weight is under a fiftieth of a typical word's. */
export const EVERYWHERE_SHARE = 0.98;

/** The article type (`type` in frontmatter) of articles that fix a problem. */
export const TROUBLESHOOTING_TYPE = 'troubleshooting';

/** What the vocabulary reads of one indexed page. */
export interface IndexedText {
  /** Pagefind's id of the page (its fragment's hash), as search results carry it. */
  id?: string;
  content: string;
  meta: Record<string, string | undefined>;
}

/** Metadata fields customers' words are matched against (others, such as image URLs, are not words of the KB). */
export const SEARCHABLE_META = ['title', 'summary', 'keywords', 'synonyms'] as const;

/** Where the browser finds the vocabulary, relative to the site root. */
export const VOCABULARY_PATH = 'search/vocabulary.json';

const SIGNATURE = 'pagefind_dcd';

/** The indexed text of every page, from the fragments in `pagefindDir` (`<out>/pagefind`). */
export function readIndexedTexts(pagefindDir: string): IndexedText[] {
  const dir = path.join(pagefindDir, 'fragment');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pf_fragment'))
    .sort()
    .map((name) => {
      let data = readFileSync(path.join(dir, name));
      if (data.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) data = gunzipSync(data);
      const fragment = JSON.parse(data.subarray(SIGNATURE.length).toString('utf8')) as { content?: string; meta?: Record<string, string> };
      return { id: name.slice(0, -'.pf_fragment'.length), content: fragment.content ?? '', meta: fragment.meta ?? {} };
    });
}

function isWord(word: string, stops: ReadonlySet<string>): boolean {
  return word.length >= 2 && !stops.has(word) && !/^\d{5,}$/.test(word);
}

/** Options of the vocabulary. */
export interface VocabularyOptions {
  language: string;
  /** `title.action_verbs` of the config. */
  actionWords?: readonly string[];
  /** `search.synonyms` of the config: their phrases holding a stop word ("sign in") are the KB's phrases wherever articles use them. */
  synonyms?: ReadonlyArray<readonly string[]>;
}

/** The vocabulary of `pages`. */
export function buildVocabulary(pages: readonly IndexedText[], options: VocabularyOptions, rarer = rarerWords(options.language)): SearchVocabulary {
  const { language } = options;
  const stops = stopWordsFor(language);
  const pageCounts = new Map<string, number>();
  for (const page of pages) {
    const text = [page.content, ...SEARCHABLE_META.map((key) => page.meta[key] ?? '')].join(' ');
    for (const word of new Set(tokenize(text))) {
      if (isWord(word, stops)) pageCounts.set(word, (pageCounts.get(word) ?? 0) + 1);
    }
  }
  const words = [...pageCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([word]) => word);
  const actions = [...new Set((options.actionWords ?? []).flatMap((verb) => tokenize(verb)))].sort();
  const levels = englishLevels(language);
  const near = realWordsNearKb(words, dictionaryWords(language), language);
  return {
    version: 1,
    language,
    pages: pages.length,
    words,
    actions,
    realWords: [...near.keys()].sort(),
    variants: spellingVariants(near, levels),
    common: commonWords(levels, stops),
    phrases: stopWordPhrases(pages, stops, particlesFor(language), actions, options.synonyms),
    troubleshooting: pages.filter((page) => page.id !== undefined && page.meta.type === TROUBLESHOOTING_TYPE).map((page) => page.id as string).sort(),
    forms: frontCode(formsOf(words, [...rarer.values()].flat(), language)),
    dictionary: [...rarer.keys()].sort(),
    everywhere: words.filter((word) => (pageCounts.get(word) ?? 0) >= EVERYWHERE_SHARE * pages.length).sort(),
  };
}

/**
 * Phrases of two to four words from the keywords and synonyms of `pages`
 * and from the configured synonym groups (an article that writes "sign
 * in" in its body is indexed under the group's other phrases, not under
 * its own) that hold a stop word and another word, and the first two
 * words of a title that starts with an action word and a particle ("Set
 * up …", "Turn on …"; not the "Request a" of "Request a refund").
 */
function stopWordPhrases(pages: readonly IndexedText[], stops: ReadonlySet<string>, particles: ReadonlySet<string>, actions: readonly string[] = [], synonyms: ReadonlyArray<readonly string[]> = []): string[] {
  const phrases = new Set<string>();
  const actionSet = new Set(actions);
  const add = (phrase: string) => {
    const words = tokenize(phrase);
    if (words.length >= 2 && words.length <= 4 && words.some((w) => stops.has(w)) && words.some((w) => !stops.has(w) && w.length >= 2)) phrases.add(words.join(' '));
  };
  for (const page of pages) {
    const [first, second] = tokenize(page.meta.title ?? '');
    if (first !== undefined && second !== undefined && actionSet.has(first) && particles.has(second)) phrases.add(`${first} ${second}`);
    for (const phrase of `${page.meta.keywords ?? ''},${page.meta.synonyms ?? ''}`.split(',')) add(phrase);
  }
  for (const phrase of synonyms.flat()) add(phrase);
  return [...phrases].sort();
}

/** Every string one edit (insert, delete, change, swap of neighbours) from `word`, over `letters`. */
function oneEditFrom(word: string, letters: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of letters) {
      if (tail) out.add(head + letter + tail.slice(1));
      out.add(head + letter + tail);
    }
  }
  return out;
}

/**
 * The dictionary words that the typo rule would turn into one of `words`
 * but that are not forms of a KB word themselves, each with the KB words
 * it lies near. Words of up to 7 letters (one edit) are found by listing
 * every string one edit from each KB word; longer ones (two edits) by
 * comparing the long dictionary words that share the KB word's first
 * letter.
 */
export function realWordsNearKb(words: readonly string[], dictionary: ReadonlySet<string>, language: string): Map<string, string[]> {
  const known = new Set(words);
  const stems = new Set(words.map((word) => stem(word, language)));
  const isCandidate = (entry: string) => !known.has(entry) && !stems.has(stem(entry, language));
  const letters = [...new Set([...dictionary].join(''))].filter((c) => /\p{L}/u.test(c));
  const long = new Map<string, string[]>();
  for (const entry of dictionary) {
    if (entry.length < 8) continue;
    const key = `${entry[0]}${entry.length}`;
    const bucket = long.get(key);
    if (bucket) bucket.push(entry);
    else long.set(key, [entry]);
  }
  // Each edit changes the letter counts by at most 2: a cheap test before the edit distance.
  const letterCounts = (text: string) => {
    const counts = new Map<string, number>();
    for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
    return counts;
  };
  const countsOf = new Map<string, Map<string, number>>();
  const countsFor = (text: string) => {
    let counts = countsOf.get(text);
    if (!counts) countsOf.set(text, (counts = letterCounts(text)));
    return counts;
  };
  const closeInLetters = (a: string, b: string, edits: number) => {
    const ca = countsFor(a);
    const cb = countsFor(b);
    let diff = 0;
    for (const [c, n] of ca) diff += Math.abs(n - (cb.get(c) ?? 0));
    for (const [c, n] of cb) if (!ca.has(c)) diff += n;
    return diff <= 2 * edits;
  };
  const near = new Map<string, string[]>();
  const add = (entry: string, word: string) => {
    const list = near.get(entry);
    if (!list) near.set(entry, [word]);
    else if (!list.includes(word)) list.push(word);
  };
  // Short dictionary words by their letters with repeats read once, for the rule's "a letter typed twice is no edit".
  const collapsed = new Map<string, string[]>();
  for (const entry of dictionary) {
    if (entry.length < 4 || entry.length >= 8) continue;
    const key = collapseRepeats(entry);
    if (key === entry) continue;
    const bucket = collapsed.get(key);
    if (bucket) bucket.push(entry);
    else collapsed.set(key, [entry]);
  }
  for (const word of words) {
    if (word.length < 4 || /\d/.test(word)) continue;
    for (const entry of oneEditFrom(word, letters)) {
      if (entry.length >= 4 && entry.length < 8 && entry[0] === word[0] && dictionary.has(entry) && isCandidate(entry)) add(entry, word);
    }
    const single = collapseRepeats(word);
    for (const key of [single, ...oneEditFrom(single, letters)]) {
      for (const entry of collapsed.get(key) ?? []) if (entry[0] === word[0] && typoEdits(entry, word) !== undefined && isCandidate(entry)) add(entry, word);
    }
    for (let length = Math.max(8, word.length - 2); length <= word.length + 2; length++) {
      for (const entry of long.get(`${word[0]}${length}`) ?? []) {
        if (closeInLetters(entry, word, 2) && typoEdits(entry, word) !== undefined && isCandidate(entry)) add(entry, word);
      }
    }
  }
  return near;
}

/** The dictionary words a typo away from one of `words` (see {@link realWordsNearKb}), sorted. */
export function realWordsNear(words: readonly string[], dictionary: ReadonlySet<string>, language: string): string[] {
  return [...realWordsNearKb(words, dictionary, language).keys()].sort();
}

/** British spellings rewritten the American way, for comparing two spellings ("colour" → "color", "cancelled" → "canceled"). */
const DIALECT_SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/our/g, 'or'],
  [/is(e|ed|es|ing|ation|ations)$/, 'iz$1'],
  [/ys(e|ed|es|ing)$/, 'yz$1'],
  [/tre(s?)$/, 'ter$1'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
  [/ence(s?)$/, 'ense$1'],
  [/ogue(s?)$/, 'og$1'],
  [/grey/g, 'gray'],
  [/ae/g, 'e'],
  [/oe/g, 'e'],
];

const dialectNeutral = (word: string) => DIALECT_SPELLINGS.reduce((text, [pattern, to]) => text.replace(pattern, to), word);

/**
 * Spelling variants: a dictionary word that only some dialects spell so
 * ("greyed", British) and that is a KB word spelled the other dialects' way
 * ("grayed", American: the two are equal once the usual British spellings
 * are rewritten — our/or, ise/ize, tre/ter, ll/l, ence/ense, ogue/og,
 * grey/gray, ae/e, oe/e) is the same word; search reads it as the KB's
 * spelling, without saying so.
 */
export function spellingVariants(near: ReadonlyMap<string, readonly string[]>, levels: ReadonlyMap<string, WordLevel>): Record<string, string> {
  const variants: Record<string, string> = {};
  const dialectOnly = (word: string) => {
    const dialects = levels.get(word)?.dialects;
    return dialects && !dialects.has('english') ? dialects : undefined;
  };
  for (const [entry, kbWords] of [...near].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const own = dialectOnly(entry);
    if (!own) continue;
    const match = kbWords.find((word) => {
      const other = dialectOnly(word);
      return other !== undefined && ![...other].some((d) => own.has(d)) && dialectNeutral(word) === dialectNeutral(entry);
    });
    if (match) variants[entry] = match;
  }
  return variants;
}

/**
 * Common English words by commonness band (see `COMMON_BANDS`): search
 * weighs a word of a query by how common it is (see
 * `site/client/match-rule.ts`). Only plain words of 3+ letters that are not
 * stop words.
 */
export function commonWords(levels: ReadonlyMap<string, WordLevel>, stops: ReadonlySet<string>): string[] {
  const bands: string[][] = COMMON_BANDS.map(() => []);
  for (const [word, entry] of levels) {
    if (word.length < 3 || !/^\p{L}+$/u.test(word) || stops.has(word)) continue;
    const band = COMMON_BANDS.findIndex((top) => entry.level <= top);
    if (band >= 0) bands[band]?.push(word);
  }
  return bands.map((band) => frontCode(band.sort()));
}

/** The words of `dictionary` the KB does not use that are forms of its `words` (same stem), sorted. */
export function formsOf(words: readonly string[], dictionary: readonly string[], language: string): string[] {
  const known = new Set(words);
  const stems = new Set(words.map((word) => stem(word, language)));
  return dictionary.filter((word) => !known.has(word) && stems.has(stem(word, language))).sort();
}

/** The rarer dictionary words of `language` by shard: those above the last common band. */
export function rarerWords(language: string): Map<string, string[]> {
  return dictionaryShards(englishLevels(language), COMMON_BANDS[COMMON_BANDS.length - 1] as number, stopWordsFor(language));
}

/** Builds the vocabulary of the index in `<outDir>/pagefind` and writes it to `<outDir>/search/vocabulary.json`, the rarer dictionary words beside it; returns the vocabulary's size in bytes. */
export function writeSearchVocabulary(outDir: string, options: VocabularyOptions): number {
  const rarer = rarerWords(options.language);
  const vocabulary = buildVocabulary(readIndexedTexts(path.join(outDir, 'pagefind')), options, rarer);
  const file = path.join(outDir, VOCABULARY_PATH);
  mkdirSync(path.dirname(file), { recursive: true });
  const text = JSON.stringify(vocabulary);
  writeFileSync(file, text);
  writeDictionaryShards(outDir, rarer);
  return Buffer.byteLength(text);
}

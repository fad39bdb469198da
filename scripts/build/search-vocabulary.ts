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
import { typoEdits } from '../../plugins/text/typo-rule.ts';

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
  /**
   * Keyword and synonym phrases that hold a stop word ("sign up", "log in",
   * "can't log in"), folded: dropping the stop word would lose them, so
   * search looks them up whole when a query contains one.
   */
  phrases: string[];
}

/** What the vocabulary reads of one indexed page. */
export interface IndexedText {
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
      return { content: fragment.content ?? '', meta: fragment.meta ?? {} };
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
}

/** The vocabulary of `pages`. */
export function buildVocabulary(pages: readonly IndexedText[], options: VocabularyOptions): SearchVocabulary {
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
  return { version: 1, language, pages: pages.length, words, actions, realWords: realWordsNear(words, dictionaryWords(language), language), phrases: stopWordPhrases(pages, stops) };
}

/** Phrases of two to four words from the keywords and synonyms of `pages` that hold a stop word and another word. */
function stopWordPhrases(pages: readonly IndexedText[], stops: ReadonlySet<string>): string[] {
  const phrases = new Set<string>();
  for (const page of pages) {
    for (const phrase of `${page.meta.keywords ?? ''},${page.meta.synonyms ?? ''}`.split(',')) {
      const words = tokenize(phrase);
      if (words.length >= 2 && words.length <= 4 && words.some((w) => stops.has(w)) && words.some((w) => !stops.has(w) && w.length >= 2)) phrases.add(words.join(' '));
    }
  }
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
 * but that are not forms of a KB word themselves, sorted. Words of up to 7
 * letters (one edit) are found by listing every string one edit from each
 * KB word; longer ones (two edits) by comparing the long dictionary words
 * that share the KB word's first letter.
 */
export function realWordsNear(words: readonly string[], dictionary: ReadonlySet<string>, language: string): string[] {
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
  const near = new Set<string>();
  for (const word of words) {
    if (word.length < 4 || /\d/.test(word)) continue;
    for (const entry of oneEditFrom(word, letters)) {
      if (entry.length >= 4 && entry.length < 8 && entry[0] === word[0] && dictionary.has(entry) && isCandidate(entry)) near.add(entry);
    }
    for (let length = Math.max(8, word.length - 2); length <= word.length + 2; length++) {
      for (const entry of long.get(`${word[0]}${length}`) ?? []) {
        if (!near.has(entry) && closeInLetters(entry, word, 2) && typoEdits(entry, word) !== undefined && isCandidate(entry)) near.add(entry);
      }
    }
  }
  return [...near].sort();
}

/** Builds the vocabulary of the index in `<outDir>/pagefind` and writes it to `<outDir>/search/vocabulary.json`; returns its size in bytes. */
export function writeSearchVocabulary(outDir: string, options: VocabularyOptions): number {
  const vocabulary = buildVocabulary(readIndexedTexts(path.join(outDir, 'pagefind')), options);
  const file = path.join(outDir, VOCABULARY_PATH);
  mkdirSync(path.dirname(file), { recursive: true });
  const text = JSON.stringify(vocabulary);
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

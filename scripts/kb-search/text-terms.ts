/**
 * How free text becomes terms, shared by article search and topic
 * clustering so a topic's key terms and the article index speak the same
 * language: the shared text layer's tokenizer, stop words and stemmer
 * (`plugins/text/`).
 */
import { stem as stemOf } from '../../plugins/text/stem.ts';
import { stopWordsFor } from '../../plugins/text/stop-words.ts';
import { tokenize } from '../../plugins/text/tokenize.ts';

export { supportStopWords } from '../../plugins/text/stop-words.ts';

const defaultStops = stopWordsFor('en');

/** One meaningful word of a text: its stem (for matching) and the word as written (for labels). */
export interface Term {
  stem: string;
  word: string;
}

/** Options of {@link createTermExtractor}. */
export interface TermOptions {
  /** More words to ignore (any case, matched before stemming). */
  stopWords?: readonly string[];
}

/**
 * Returns a function that turns text into its meaningful terms, in order.
 * Numbers, ids, one-letter words and stop words are dropped.
 */
export function createTermExtractor(options: TermOptions = {}): (text: string) => Term[] {
  const stops = options.stopWords && options.stopWords.length > 0
    ? new Set([...defaultStops, ...options.stopWords.map((w) => w.toLowerCase())])
    : defaultStops;
  const stemCache = new Map<string, string>();
  return (text) => {
    const terms: Term[] = [];
    for (const word of tokenize(text)) {
      if (word.length < 2) continue;
      if (stops.has(word) || /\d/.test(word)) continue;
      let stem = stemCache.get(word);
      if (stem === undefined) {
        stem = stemOf(word);
        // Bounded: the cache only saves work, so a huge vocabulary just starts over.
        if (stemCache.size > 200_000) stemCache.clear();
        stemCache.set(word, stem);
      }
      if (stem.length < 2) continue;
      terms.push({ stem, word });
    }
    return terms;
  };
}

/** MiniSearch `processTerm`: the same stop words and stemming as {@link createTermExtractor}. */
export function createSearchTermProcessor(options: TermOptions = {}): (term: string) => string | null {
  const extract = createTermExtractor(options);
  return (term) => extract(term)[0]?.stem ?? null;
}

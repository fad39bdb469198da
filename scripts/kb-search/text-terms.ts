/**
 * How free text becomes terms, shared by article search and topic
 * clustering so a topic's key terms and the article index speak the same
 * language. The words, stems and stop words come from the shared text
 * layer (`plugins/text/`): its tokenizer, the Snowball stemmer and the stop
 * words of the text's language (the `stopword` lists plus support chatter).
 */
import { stemmerFor } from '../../plugins/text/stem.ts';
import { stopWordsFor } from '../../plugins/text/stop-words.ts';
import { supportStopWords as supportStopWordsByLanguage } from '../../plugins/text/stop-words-support.ts';
import { tokenize } from '../../plugins/text/tokenize.ts';

/** English support chatter ("hi, I need help with…"); other languages live in the text layer. */
export const supportStopWords: readonly string[] = supportStopWordsByLanguage.en ?? [];

/** One meaningful word of a text: its stem (for matching) and the word as written (for labels). */
export interface Term {
  stem: string;
  word: string;
}

/** Options of {@link createTermExtractor}. */
export interface TermOptions {
  /** More words to ignore (any case, matched before stemming). */
  stopWords?: readonly string[];
  /** ISO 639-1 code of the text's language (default `en`): picks its stop words and stemmer. */
  language?: string;
}

/**
 * Returns a function that turns text into its meaningful terms, in order.
 * Numbers, ids, one-letter words and stop words are dropped.
 */
export function createTermExtractor(options: TermOptions = {}): (text: string) => Term[] {
  const language = options.language ?? 'en';
  const base = stopWordsFor(language);
  const stops = options.stopWords && options.stopWords.length > 0 ? new Set([...base, ...options.stopWords.map((w) => w.toLowerCase())]) : base;
  const stem = stemmerFor(language);
  return (text) => {
    const terms: Term[] = [];
    for (const token of tokenize(text)) {
      if (token.length < 2) continue;
      // "don't" is a stop word as written and as "dont".
      if (stops.has(token) || /\d/.test(token)) continue;
      const word = token.includes("'") ? token.replace(/'/g, '') : token;
      if (stops.has(word)) continue;
      const s = stem(word);
      if (s.length < 2) continue;
      terms.push({ stem: s, word });
    }
    return terms;
  };
}

/** MiniSearch `processTerm`: the same stop words and stemming as {@link createTermExtractor}. */
export function createSearchTermProcessor(options: TermOptions = {}): (term: string) => string | null {
  const extract = createTermExtractor(options);
  return (term) => extract(term)[0]?.stem ?? null;
}

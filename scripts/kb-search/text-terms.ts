/**
 * How free text becomes terms, shared by article search and topic
 * clustering so a topic's key terms and the article index speak the same
 * language: the shared text layer's tokenizer, stop words and stemmer
 * (`plugins/text/`), in the language of the text (English unless told).
 */
import { stemmerFor } from '../../plugins/text/stem-languages.ts';
import { languageStopWords } from '../../plugins/text/stop-words-languages.ts';
import { tokenize } from '../../plugins/text/tokenize.ts';

export { supportStopWords } from '../../plugins/text/stop-words.ts';

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;

/** The words as written (lower-case, accents kept: "zurücksetzen"), for labels; null when they do not line up with the folded words. */
function writtenWords(text: string, folded: readonly string[]): string[] | null {
  const words = text.normalize('NFC').toLowerCase().match(WORD) ?? [];
  return words.length === folded.length ? words.map((w) => w.replace(/['\u2019]/g, '')) : null;
}

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
  const base = languageStopWords(language);
  const stops = options.stopWords && options.stopWords.length > 0 ? new Set([...base, ...options.stopWords.map((w) => w.toLowerCase())]) : base;
  const stemOf = stemmerFor(language);
  return (text) => {
    const terms: Term[] = [];
    const words = tokenize(text);
    // Labels show words as customers wrote them; matching uses the folded form.
    const written = /[^\x00-\x7f]/.test(text) ? writtenWords(text, words) : null;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (word.length < 2) continue;
      if (stops.has(word) || /\d/.test(word)) continue;
      const stem = stemOf(word);
      if (stem.length < 2) continue;
      terms.push({ stem, word: written?.[i] ?? word });
    }
    return terms;
  };
}

/** MiniSearch `processTerm`: the same stop words and stemming as {@link createTermExtractor}. */
export function createSearchTermProcessor(options: TermOptions = {}): (term: string) => string | null {
  const extract = createTermExtractor(options);
  return (term) => extract(term)[0]?.stem ?? null;
}

/**
 * How free text becomes terms, shared by article search and topic
 * clustering so a topic's key terms and the article index speak the same
 * language: MiniSearch's tokenizer, English and support-chatter stop words
 * (the `stopword` package plus our own list), and the Porter stemmer.
 */
import MiniSearch from 'minisearch';
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

/**
 * Words that fill support messages without naming a topic ("hi, I need help
 * with…"). Leaving them in makes every ticket look alike.
 */
export const supportStopWords: readonly string[] = [
  'able', 'again', 'already', 'am', 'anyone', 'anything', 'anyway', 'asap', 'assist', 'assistance', 'cant',
  'cannot', 'didn', 'doesn', 'don', 'dont', 'doing', 'either', 'else', 'even', 'ever', 'every',
  'everything', 'dr', 'go', 'going', 'gotta', 'guys', 'happen', 'happened', 'happening', 'hello', 'help', 'helping', 'hey', 'hi',
  'hope', 'however', 'im', 'isn', 'it', 'ive', 'just', 'kind', 'kindly', 'know', 'let', 'll', 'look', 'looking',
  'lot', 'madam', 'maybe', 'mine', 'mr', 'mrs', 'ms', 'need', 'needed', 'needs', 'new', 'no', 'not', 'nothing', 'ok', 'okay', 'one', 'please',
  'pls', 'plz', 'possible', 'problem', 'problems', 're', 'really', 'regards', 'right', 'seem', 'seems', 'someone',
  'sir', 'something', 'sorry', 'still', 'sure', 'tell', 'thank', 'thanks', 'thing', 'things', 'think', 'today',
  'tried', 'try', 'trying', 'u', 'ur', 'us', 've', 'wanna', 'want', 'wanted', 'wasn', 'why', 'will', 'won',
  'yes', 'yesterday', 'yet',
];

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
const defaultStops = new Set([...eng, ...supportStopWords]);

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
    for (const token of tokenize(text)) {
      if (token.length < 2) continue;
      const word = token.toLowerCase();
      if (stops.has(word) || /\d/.test(word)) continue;
      let stem = stemCache.get(word);
      if (stem === undefined) {
        stem = stemmer(word);
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

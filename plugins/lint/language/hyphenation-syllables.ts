/**
 * Syllables of a word in a language with TeX hyphenation patterns (the
 * `hyphen` package: German 1996 spelling, Spanish, French…). The patterns
 * place the syllable breaks; they never break off a single letter at a
 * word's edge ("über", not "ü-ber"), so each piece counts its vowel groups
 * (at least one): "über" is two syllables, "Schicht" one.
 */
import { createRequire } from 'node:module';

type Hyphenate = (text: string, options: { hyphenChar: string; minWordLength: number }) => string;

const load = createRequire(import.meta.url);
const BREAK = '\u00AD';

export interface SyllableCounter {
  (word: string): number;
}

/**
 * A syllable counter for a `hyphen` module ("hyphen/de"); `vowelGroups`
 * matches one vowel nucleus; `silentEnd`, when given, is an ending that
 * adds no syllable (French "table": the final "e" is mute).
 */
export function hyphenationSyllables(module: string, vowelGroups: RegExp, silentEnd?: RegExp): SyllableCounter {
  let hyphenate: Hyphenate | undefined;
  const cache = new Map<string, number>();
  return (word) => {
    let count = cache.get(word);
    if (count !== undefined) return count;
    // Loading the patterns costs ~20 ms per language: only when a text in it is read.
    hyphenate ??= (load(module) as { hyphenateSync: Hyphenate }).hyphenateSync;
    const pieces = hyphenate(word, { hyphenChar: BREAK, minWordLength: 1 }).split(BREAK);
    count = 0;
    for (const [i, piece] of pieces.entries()) {
      const last = i === pieces.length - 1;
      const groups = (last && silentEnd ? piece.replace(silentEnd, '') : piece).match(vowelGroups)?.length ?? 0;
      // A mute last piece ("ta-ble") adds nothing; any other piece is at least one syllable.
      count += last && silentEnd && pieces.length > 1 ? groups : Math.max(1, groups);
    }
    count = Math.max(1, count);
    if (cache.size < 200_000) cache.set(word, count);
    return count;
  };
}

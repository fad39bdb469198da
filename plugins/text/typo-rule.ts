/**
 * When a word counts as a misspelling of another, the rule search corrects
 * typos by: a word of 4 to 7 letters may be one edit away, a longer one two
 * edits, where an edit inserts, deletes or changes a letter or swaps two
 * neighbours (Damerau-Levenshtein distance, optimal string alignment, from
 * the `damerau-levenshtein` package); both words start with the same
 * letter and have no digits. A letter typed twice or once where the word
 * has it the other way ("dubble", "adress") is no edit: the words are also
 * compared with every run of one letter read as one. Shorter words are
 * never corrected: too many words lie one letter apart. Pure, for the
 * build and the browser alike.
 */
import damerauLevenshtein from 'damerau-levenshtein';

/** Edits allowed for a typo of `word`: 0 under 4 letters, 1 up to 7, 2 from 8. */
export function allowedEdits(word: string): number {
  const letters = [...word].length;
  return letters < 4 ? 0 : letters < 8 ? 1 : 2;
}

/** Edits between `typed` and `word` when `typed` may be a typo of it by the rule above, else undefined. */
export function typoEdits(typed: string, word: string): number | undefined {
  const edits = allowedEdits(typed);
  if (edits === 0 || typed === word || typed[0] !== word[0] || word.length < 4) return undefined;
  if (Math.abs(word.length - typed.length) > edits || /\d/.test(typed) || /\d/.test(word)) return undefined;
  const single = collapseRepeats(typed);
  const other = collapseRepeats(word);
  const steps = Math.min(damerauLevenshtein(typed, word).steps, single === typed && other === word ? Number.POSITIVE_INFINITY : damerauLevenshtein(single, other).steps);
  return steps <= edits ? steps : undefined;
}

/** `word` with every run of one letter read as one ("dubble" → "duble"). */
export function collapseRepeats(word: string): string {
  return word.replace(/(.)\1+/gu, '$1');
}

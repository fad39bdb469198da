/**
 * Words of a text, in order: runs of letters and digits, with apostrophes
 * inside a word dropped ("can't" → "cant", like Pagefind's index) and
 * anything else — spaces, hyphens, punctuation, emoji — a separator
 * ("clock-in" → "clock", "in"). Text is folded first (see `fold-text.ts`).
 * Pure, for reports in Node and search in the browser alike.
 */
import { foldText } from './fold-text.ts';

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** The folded words of `text`: "Can't clock-in?" → ["cant", "clock", "in"]. */
export function tokenize(text: string): string[] {
  const words: string[] = [];
  for (const match of foldText(text).matchAll(WORD)) words.push(match[0].replaceAll("'", ''));
  return words;
}

/** The words of `text` as written, unfolded ("Zurück", "can't"): `tokenize`'s words before folding, where folding keeps the count. */
export function wordsAsWritten(text: string): string[] {
  return [...text.matchAll(WORD)].map((match) => match[0]);
}

/** How many words `text` has, without building the list (for texts that only need counting). */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

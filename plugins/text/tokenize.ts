/**
 * Words of a text for matching, stemming and classification: runs of
 * letters and digits in any script, lower-cased, with an inner apostrophe
 * kept ("can't", "don't") and curly apostrophes read as straight ones.
 * Hyphens and other punctuation split words, so "drop-down" reads as
 * "drop down" both in a ticket and in a configured phrase.
 */

const wordPattern = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;

/** Lower-cases text and straightens curly apostrophes and backticks. */
export function normalizeForWords(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
}

/** The words of `text`, in order, lower-cased. */
export function tokenize(text: string): string[] {
  return normalizeForWords(text).match(wordPattern) ?? [];
}

/** How many words `text` has (without building the list when only the count matters). */
export function countWords(text: string): number {
  let n = 0;
  wordPattern.lastIndex = 0;
  while (wordPattern.exec(text) !== null) n++;
  return n;
}

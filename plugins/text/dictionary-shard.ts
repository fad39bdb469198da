/**
 * Where a rarer dictionary word is kept: the search dictionary is written
 * in shards by a word's first letters (`scripts/build/search-dictionary.ts`)
 * and fetched by the browser shard by shard (`site/client/search-dictionary.ts`).
 * Pure, for the build and the browser alike.
 */

/** Where the shards are, relative to the site root. */
export const DICTIONARY_DIR = 'search/dictionary';
/** Letters of a word that name its shard. */
export const SHARD_LETTERS = 2;

/** True for a word the shards may hold: plain ASCII letters, 3 or more. */
export function isShardWord(word: string): boolean {
  return word.length >= 3 && /^[a-z]+$/.test(word);
}

/** The shard a word is in ("sp" for "spreadsheet"). */
export function shardOf(word: string): string {
  return word.slice(0, SHARD_LETTERS);
}

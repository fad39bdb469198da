/**
 * The rarer dictionary words, for search to tell a word spelled right
 * that the KB does not use ("spreadsheet", "programmatically" is not one;
 * "inbox", "stockroom") from a name it has never heard of ("netflix",
 * "kubernetes"): the first says less about what a question is about than
 * the second (see `site/client/match-rule.ts`). The common words ship in
 * the vocabulary; these (SCOWL sizes above the common bands up to
 * `DICTIONARY_TOP`, every dialect) are tens of thousands, too many to load
 * with search, so they are written in shards by their first two letters
 * (`search/dictionary/sp.txt`, front-coded) and the browser fetches the
 * shard of a word only when a query holds a word it does not know.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { frontCode } from '../../plugins/text/front-coding.ts';
import { DICTIONARY_DIR, isShardWord, shardOf } from '../../plugins/text/dictionary-shard.ts';
import type { WordLevel } from '../../plugins/text/word-commonness.ts';

/** The largest SCOWL size the shards hold (50: a large desk dictionary; above it, obscure words). */
export const DICTIONARY_TOP = 50;

/** The dictionary words above `commonTop` up to `DICTIONARY_TOP`, words a shard may hold (`isShardWord`) that are not stop words, by shard. */
export function dictionaryShards(levels: ReadonlyMap<string, WordLevel>, commonTop: number, stops: ReadonlySet<string>): Map<string, string[]> {
  const shards = new Map<string, string[]>();
  for (const [word, entry] of levels) {
    if (entry.level <= commonTop || entry.level > DICTIONARY_TOP || !isShardWord(word) || stops.has(word)) continue;
    const key = shardOf(word);
    const shard = shards.get(key);
    if (shard) shard.push(word);
    else shards.set(key, [word]);
  }
  for (const shard of shards.values()) shard.sort();
  return shards;
}

/** Writes each shard to `<outDir>/search/dictionary/<key>.txt`; returns the keys written, sorted. */
export function writeDictionaryShards(outDir: string, shards: ReadonlyMap<string, readonly string[]>): string[] {
  const dir = path.join(outDir, DICTIONARY_DIR);
  mkdirSync(dir, { recursive: true });
  for (const [key, words] of shards) writeFileSync(path.join(dir, `${key}.txt`), frontCode(words));
  return [...shards.keys()].sort();
}

/**
 * The rarer dictionary words (`scripts/build/search-dictionary.ts`), read
 * shard by shard when a query holds a word the vocabulary cannot place, so
 * that search can weigh it as a word spelled right ("spreadsheet") rather
 * than a name the KB never mentions ("netflix"). A shard that fails to load
 * leaves its words unplaced (weighed as names), and is tried again on the
 * next query.
 */
import { DICTIONARY_DIR } from '../../plugins/text/dictionary-shard.ts';
import { frontDecode } from '../../plugins/text/front-coding.ts';
import { tokenize } from '../../plugins/text/tokenize.ts';
import { endsUnfinished } from './query-words.ts';
import type { Vocabulary } from './search-vocabulary.ts';
import { siteBase } from './site-base.ts';

const loading = new Map<string, Promise<string[]>>();

function shard(key: string): Promise<string[]> {
  let words = loading.get(key);
  if (!words) {
    words = fetch(`${siteBase()}${DICTIONARY_DIR}/${key}.txt`).then(async (response) => {
      if (!response.ok) throw new Error(`search dictionary ${key}: HTTP ${response.status}`);
      return frontDecode(await response.text());
    });
    words.catch(() => loading.delete(key));
    loading.set(key, words);
  }
  return words;
}

/** Reads the shards holding the words of `query` (but an unfinished last word while typing) into `vocabulary`. */
export async function readDictionaryFor(query: string, vocabulary: Vocabulary, typing: boolean): Promise<void> {
  const tokens = tokenize(query);
  if (endsUnfinished(query, typing)) tokens.pop();
  await Promise.all(
    vocabulary.shardsFor(tokens).map(async (key) => {
      try {
        vocabulary.addShard(key, await shard(key));
      } catch {
        // Unplaced words weigh as names: the search still answers.
      }
    }),
  );
}

import type { QueryWord } from './query-words.ts';
import type { Vocabulary } from './search-vocabulary.ts';

/**
 * The words of a query worth looking up: not those the KB does not use,
 * and not a word on nearly every page
 * ("time" in a KB where every page has it) weighs next to nothing and
 * costs Pagefind the most (its time grows with the pages holding the
 * word), so it is left out unless the query has no other word. An action
 * word stays: where it stands in a title names the task.
 */
export function tellingWords(words: readonly QueryWord[], vocabulary: Vocabulary): QueryWord[] {
  const known = words.filter((word) => word.kind !== 'unknown');
  const telling = known.filter((word) => word.kind === 'split' || !vocabulary.isEverywhere(word.term) || vocabulary.isAction(word.term));
  return telling.length > 0 ? telling : known;
}

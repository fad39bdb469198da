/**
 * The words of a sentence as lower-case strings, worked out once: the
 * reading grade, the passive check and the metrics all read them.
 */
import type { Sentence, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';

const cache = new WeakMap<Sentence, { nodes: Word[]; words: string[] }>();

/** The word nodes of a sentence and their lower-case text, in order. */
export function sentenceWords(sentence: Sentence): { nodes: Word[]; words: string[] } {
  let entry = cache.get(sentence);
  if (!entry) {
    const nodes: Word[] = [];
    const words: string[] = [];
    for (const child of sentence.children) {
      if (child.type !== 'WordNode') continue;
      nodes.push(child);
      // A word is usually one text token; joining its children is only needed for "e-mail", "don't"…
      const only = child.children.length === 1 ? child.children[0] : undefined;
      words.push((only && 'value' in only ? only.value : toString(child)).toLowerCase());
    }
    entry = { nodes, words };
    cache.set(sentence, entry);
  }
  return entry;
}

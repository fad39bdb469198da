/**
 * What a query asks for, word by word, before anything is searched. Filler
 * words (the stop words of the site's language: "how do I", "my", "please")
 * are dropped, so they never decide a result. Each remaining word is
 *
 * - `known`: the KB uses it, or a form of it;
 * - `corrected`: a typo of a KB word (the rule is in `search-vocabulary.ts`),
 *   searched as that word, and said so ("Showing results for …");
 * - `prefix`: the word still being typed (the last one, 3+ letters, no
 *   space after it yet) that begins KB words, searched as a prefix;
 * - `unknown`: none of these. It is not searched, but it still counts
 *   against the articles found (see `match-rule.ts`): a question about
 *   something the KB never mentions finds nothing, and says so.
 *
 * Keyword phrases that hold a stop word ("sign up", "log in") would lose
 * it: the query's such phrases are looked up whole as well.
 */
import { stopWordsFor } from '../../plugins/text/stop-words.ts';
import { tokenize } from '../../plugins/text/tokenize.ts';
import type { Vocabulary } from './search-vocabulary.ts';

/** Longest query read, as the analytics store it. */
export const MAX_QUERY_LENGTH = 200;
/** Most words of one query looked at; the rest of a pasted paragraph is ignored. */
export const MAX_WORDS = 10;

export type WordKind = 'known' | 'corrected' | 'prefix' | 'unknown';

export interface QueryWord {
  /** The word as typed, folded. */
  word: string;
  kind: WordKind;
  /** An action word (a verb titles start with): it says what to do, not what about. */
  action: boolean;
  /** What is searched: the word, its correction or the prefix; '' for unknown words. */
  term: string;
}

export interface QueryAnalysis {
  words: QueryWord[];
  /** KB phrases holding a stop word that the query contains ("sign up" in "sign up for tidyshift"), looked up whole. */
  phrases: string[];
  /** The query with its typos corrected, when any was. */
  corrected?: string;
}

export interface AnalyzeOptions {
  /** True while the customer types: the last word may be unfinished. */
  typing?: boolean;
}

/** Reads `query` against the KB's vocabulary. */
export function analyzeQuery(query: string, vocabulary: Vocabulary, options: AnalyzeOptions = {}): QueryAnalysis {
  const text = query.slice(0, MAX_QUERY_LENGTH);
  const tokens = tokenize(text);
  const stops = stopWordsFor(vocabulary.language);
  // A word is unfinished only while typing and when nothing follows it.
  const unfinished = options.typing === true && /[\p{L}\p{N}]$/u.test(text) ? tokens.at(-1) : undefined;
  const words: QueryWord[] = [];
  const corrections = new Map<string, string>();
  for (const [i, word] of tokens.entries()) {
    if (words.length >= MAX_WORDS) break;
    if (word.length < 2 || stops.has(word) || words.some((w) => w.word === word)) continue;
    const last = i === tokens.length - 1 && word === unfinished;
    if (vocabulary.knows(word)) {
      words.push({ word, kind: 'known', term: word, action: vocabulary.isAction(word) });
    } else if (last && word.length >= 3 && vocabulary.completes(word)) {
      words.push({ word, kind: 'prefix', term: word, action: false });
    } else {
      const correction = vocabulary.correct(word);
      if (correction) {
        words.push({ word, kind: 'corrected', term: correction, action: vocabulary.isAction(correction) });
        corrections.set(word, correction);
      } else {
        words.push({ word, kind: 'unknown', term: '', action: vocabulary.isAction(word) });
      }
    }
  }
  // Phrases the stop-word filter would break, found in the query as typed (corrections applied).
  const spelled = ` ${tokens.map((t) => corrections.get(t) ?? t).join(' ')} `;
  const phrases = vocabulary.phrases.filter((phrase) => spelled.includes(` ${phrase} `)).slice(0, 3);
  if (corrections.size === 0) return { words, phrases };
  return { words, phrases, corrected: spelled.trim() };
}

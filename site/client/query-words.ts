/**
 * What a query asks for, word by word, before anything is searched. Filler
 * words (the stop words of the site's language: "how do I", "my", "please")
 * are dropped, so they never decide a result. Each remaining word is
 *
 * - `known`: the KB uses it, or a form of it;
 * - `variant`: another dialect's spelling of a KB word ("greyed" for the
 *   KB's "grayed"), searched as the KB's spelling;
 * - `corrected`: a typo of a KB word (the rule is in `search-vocabulary.ts`),
 *   searched as that word, and said so ("Showing results for …");
 * - `joined`: two words typed apart that the KB writes as one ("pay roll"
 *   → "payroll", "log in" → "login" when the KB has only "login");
 * - `split`: one word the KB writes as two ("signup" → "sign up",
 *   "timeoff" → "time off"), searched as that phrase;
 * - `prefix`: the word still being typed (the last one, 3+ letters, no
 *   space after it yet) that begins KB words, searched as a prefix;
 * - `unknown`: none of these. It is not searched, but it still counts
 *   against the articles found, by how common it is in English (see
 *   `match-rule.ts`): a question about something the KB never mentions
 *   finds nothing, and says so.
 *
 * Keyword phrases that hold a stop word ("sign up", "log in") would lose
 * it: the query's such phrases are looked up whole as well. A query with a
 * symptom word ("not", "never", "failed", "stuck") asks for a fix.
 */
import { stopWordsFor } from '../../plugins/text/stop-words.ts';
import { symptomWordsFor } from '../../plugins/text/symptom-words.ts';
import { tokenize, wordsAsWritten } from '../../plugins/text/tokenize.ts';
import type { Vocabulary } from './search-vocabulary.ts';

/** Longest query read, as the analytics store it. */
export const MAX_QUERY_LENGTH = 200;
/** Most words of one query looked at; the rest of a pasted paragraph is ignored. */
export const MAX_WORDS = 10;
/** Prepositions that join a particle and another word ("sign into" is "sign in" + "to"), read as the particle when matching phrases. */
const PARTICLES: Readonly<Record<string, string>> = { into: 'in', onto: 'on' };
/** Shortest part of a word split in two ("signup" → "sign up"). */
const MIN_PART = 2;

export type WordKind = 'known' | 'variant' | 'corrected' | 'joined' | 'split' | 'prefix' | 'unknown';

export interface QueryWord {
  /** The word as typed, folded ("pay roll" for a joined word). */
  word: string;
  kind: WordKind;
  /** What is searched: the word, its KB spelling, its correction, the prefix or the phrase; '' for unknown words. */
  term: string;
  /** For an unknown word: its commonness band in English (0 the most common), undefined when it is rare. */
  band?: number;
  /** For an unknown dictionary word: the KB word it becomes with two neighbouring letters swapped ("trail" → "trial"). */
  swap?: string;
  /** Where the word stands in the query, in words (filler included). */
  at: number;
  /** An action word (`title.action_verbs`: "approve", "export"): it names the task. */
  action?: boolean;
  /** The last word while it is being typed: it may yet become a longer word. */
  unfinished?: boolean;
}

export interface QueryAnalysis {
  words: QueryWord[];
  /** KB phrases holding a stop word that the query contains ("sign up" in "sign up for tidyshift"), looked up whole. */
  phrases: string[];
  /** The query with its typos corrected, when any was. */
  corrected?: string;
  /** The query says something is wrong ("not working", "failed"). */
  symptom: boolean;
}

export interface AnalyzeOptions {
  /** True while the customer types: the last word may be unfinished. */
  typing?: boolean;
  /** Read the `swap` of unknown words as corrections (the second reading of a query that found nothing). */
  swaps?: boolean;
}

/** The KB word `word` becomes with two neighbouring letters swapped, if any. */
function swapped(word: string, vocabulary: Vocabulary): string | undefined {
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    const candidate = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (vocabulary.hasWord(candidate)) return candidate;
  }
  return undefined;
}

/** `word` as two parts the KB uses (each a KB word or a stop word, one at least a KB word), or undefined. */
function split(word: string, vocabulary: Vocabulary, stops: ReadonlySet<string>): string | undefined {
  if (/\d/.test(word)) return undefined;
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    const headKb = vocabulary.hasWord(head);
    const tailKb = vocabulary.hasWord(tail);
    if ((headKb || stops.has(head)) && (tailKb || stops.has(tail)) && (headKb || tailKb)) return `${head} ${tail}`;
  }
  return undefined;
}

/** True when the last word of `text` may be unfinished: only while typing and when nothing follows it. */
export function endsUnfinished(text: string, typing: boolean): boolean {
  return typing && /[\p{L}\p{N}]$/u.test(text);
}

/** Reads `query` against the KB's vocabulary. */
export function analyzeQuery(query: string, vocabulary: Vocabulary, options: AnalyzeOptions = {}): QueryAnalysis {
  const text = query.slice(0, MAX_QUERY_LENGTH);
  const tokens = tokenize(text);
  const stops = stopWordsFor(vocabulary.language);
  const symptoms = symptomWordsFor(vocabulary.language);
  const unfinished = endsUnfinished(text, options.typing === true) ? tokens.at(-1) : undefined;
  const words: QueryWord[] = [];
  const corrections = new Map<string, string>();
  const phraseSet = new Set(vocabulary.phrases);
  for (let i = 0; i < tokens.length; i++) {
    if (words.length >= MAX_WORDS) break;
    const word = tokens[i] as string;
    const next = tokens[i + 1];
    // Two words the KB writes as one, unless the KB also has them as a phrase.
    if (next !== undefined && word.length >= 2 && next.length >= 2 && !(vocabulary.knows(word) && vocabulary.knows(next)) && !phraseSet.has(`${word} ${next}`) && vocabulary.hasWord(word + next)) {
      words.push({ word: `${word} ${next}`, kind: 'joined', term: word + next, at: i });
      i += 1;
      continue;
    }
    if (word.length < 2 || stops.has(word) || words.some((w) => w.word === word)) continue;
    const last = i === tokens.length - 1 && word === unfinished;
    const variant = vocabulary.variantOf(word);
    // A number in the plural ("429s", "500s") is the number.
    const number = /^\d+s$/.test(word) ? word.slice(0, -1) : undefined;
    if (vocabulary.knows(word)) {
      words.push({ word, kind: 'known', term: word, at: i });
    } else if (number && vocabulary.hasWord(number)) {
      words.push({ word, kind: 'known', term: number, at: i });
    } else if (variant) {
      words.push({ word, kind: 'variant', term: variant, at: i });
    } else if (last && word.length >= 3 && vocabulary.completes(word)) {
      words.push({ word, kind: 'prefix', term: word, at: i });
    } else {
      const nearest = vocabulary.nearest(word);
      const correction = nearest?.kb ? nearest.word : undefined;
      const swap = vocabulary.isRealWord(word) ? swapped(word, vocabulary) : undefined;
      // A common word is never two KB words ("remember" is not "re member").
      const common = (vocabulary.commonBand(word) ?? Number.POSITIVE_INFINITY) < vocabulary.dictionaryBand;
      const parts = correction || common ? undefined : split(word, vocabulary, stops);
      if (nearest && !nearest.kb && nearest.band === undefined && !parts) {
        // A misspelt filler word ("thier", "becuase") is filler.
        continue;
      } else if (correction) {
        words.push({ word, kind: 'corrected', term: correction, at: i });
        corrections.set(word, correction);
      } else if (swap && options.swaps) {
        words.push({ word, kind: 'corrected', term: swap, at: i });
        corrections.set(word, swap);
      } else if (parts) {
        words.push({ word, kind: 'split', term: parts, at: i });
      } else {
        // A misspelt common word the KB does not use ("calulated") weighs as that word.
        const band = vocabulary.commonBand(word) ?? (nearest && !nearest.kb ? nearest.band : undefined);
        words.push({ word, kind: 'unknown', term: '', at: i, ...(band !== undefined ? { band } : {}), ...(swap ? { swap } : {}) });
      }
    }
  }
  if (unfinished !== undefined) for (const word of words) if (word.at === tokens.length - 1) word.unfinished = true;
  // Phrases the stop-word filter would break, found in the query as typed (corrections applied; "sign into" reads as "sign in").
  const spelled = ` ${tokens.map((t) => corrections.get(t) ?? t).join(' ')} `;
  const phrasing = ` ${tokens.map((t) => corrections.get(t) ?? PARTICLES[t] ?? t).join(' ')} `;
  const phrases = vocabulary.phrases.filter((phrase) => spelled.includes(` ${phrase} `) || phrasing.includes(` ${phrase} `)).slice(0, 3);
  const symptom = tokens.some((t) => symptoms.has(t));
  if (corrections.size === 0) return { words, phrases, symptom };
  return { words, phrases, symptom, corrected: asTyped(text, tokens, corrections) ?? spelled.trim() };
}

/**
 * The query as the customer wrote it with only the corrected words
 * replaced, for "Showing results for …": their case, accents and umlauts
 * stay ("Passwort zurück", not "passwort zuruck"). Undefined where folding
 * changed the word count, so the words cannot be paired.
 */
function asTyped(text: string, tokens: readonly string[], corrections: ReadonlyMap<string, string>): string | undefined {
  const written = wordsAsWritten(text);
  if (written.length !== tokens.length) return undefined;
  return written.map((word, i) => corrections.get(tokens[i] as string) ?? word).join(' ');
}

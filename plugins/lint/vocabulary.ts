/**
 * The KB's vocabulary: `jargon` (terms to replace, each with the customer
 * word to use), `vocabulary.reject` (terms never to use) and
 * `vocabulary.accept` (terms that are right as written: never flagged,
 * left out of the reading grade like product names, and flagged when
 * written in another mixed case, "Github" for "GitHub").
 */
import type { KbConfig } from '../config/kb-config-schema.ts';
import { findTerms, type TermHit } from './find-terms.ts';

export interface Vocabulary {
  /** Replacement entries: the jargon list. */
  jargon: ReadonlyArray<{ term: string; use: string }>;
  reject: ReadonlyArray<{ term: string }>;
  accept: ReadonlyArray<{ term: string }>;
  /** Lower-case words the reading grade leaves out (product names, UI words, accepted terms). */
  ignoredWords: ReadonlySet<string>;
}

export interface VocabularyHit extends TermHit {
  kind: 'jargon' | 'reject' | 'case';
  /** The accepted spelling, for `case` hits. */
  expected?: string;
}

const cache = new WeakMap<KbConfig, Vocabulary>();

/** The vocabulary of a configuration (built once per configuration). */
export function vocabularyOf(config: KbConfig): Vocabulary {
  let vocabulary = cache.get(config);
  if (!vocabulary) {
    const ignoredWords = new Set<string>();
    for (const phrase of [...config.readability.product_names, ...config.readability.ui_words, ...config.vocabulary.accept]) {
      for (const word of phrase.split(/[\s/]+/)) if (word) ignoredWords.add(word.toLowerCase());
    }
    vocabulary = {
      jargon: config.jargon,
      reject: config.vocabulary.reject.map((term) => ({ term })),
      accept: config.vocabulary.accept.map((term) => ({ term })),
      ignoredWords,
    };
    cache.set(config, vocabulary);
  }
  return vocabulary;
}

const hasUpper = /\p{Lu}/u;

/** Jargon, rejected terms and miscased accepted terms in a text, in order; nothing inside an accepted term. */
export function findVocabulary(text: string, vocabulary: Vocabulary): VocabularyHit[] {
  if (vocabulary.jargon.length === 0 && vocabulary.reject.length === 0 && vocabulary.accept.length === 0) return [];
  const accepted = vocabulary.accept.length > 0 ? findTerms(text, vocabulary.accept.map((a) => ({ term: a.term, use: a.term })), { anyCase: true }) : [];
  const covered = (hit: TermHit) => accepted.some((a) => a.found === a.use && hit.index >= a.index && hit.index + hit.found.length <= a.index + a.found.length);
  const hits: VocabularyHit[] = [];
  for (const hit of findTerms(text, vocabulary.jargon)) if (!covered(hit)) hits.push({ ...hit, kind: 'jargon' });
  for (const hit of findTerms(text, vocabulary.reject.map((r) => ({ term: r.term, use: '' })))) if (!covered(hit)) hits.push({ ...hit, kind: 'reject' });
  for (const hit of accepted) {
    // "Github" for "GitHub" is a typo of a name; "github" in a URL-like word and "GITHUB" in a shout are left alone.
    if (hit.found !== hit.use && hasUpper.test(hit.found) && hit.found !== hit.found.toUpperCase()) hits.push({ ...hit, kind: 'case', expected: hit.use });
  }
  return hits.sort((a, b) => a.index - b.index);
}

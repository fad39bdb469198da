/**
 * Flesch-Kincaid grade of prose: 0.39 × words/sentence + 11.8 ×
 * syllables/word − 15.59, over the whole document (not averaged per
 * sentence: short steps and long explanations must weigh by their words).
 * Words are nlcst word tokens with a letter in them, minus the configured
 * product names and UI words; syllables come from the `syllable` package.
 */
import type { Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { syllable } from 'syllable';

export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
}

export interface SentenceScore extends TextStats {
  node: Sentence;
  grade: number;
}

/** Builds the word filter from configured product names and UI words (case-insensitive). */
export function createIgnoredWords(productNames: readonly string[], uiWords: readonly string[]): Set<string> {
  const ignored = new Set<string>();
  for (const phrase of [...productNames, ...uiWords]) {
    for (const word of phrase.split(/[\s/]+/)) if (word) ignored.add(word.toLowerCase());
  }
  return ignored;
}

const hasLetter = /\p{L}/u;

// Help articles reuse a small vocabulary; remembering counts makes syllable
// counting nearly free after the first few articles.
const syllableCache = new Map<string, number>();
function syllablesOf(word: string): number {
  let count = syllableCache.get(word);
  if (count === undefined) {
    count = Math.max(1, syllable(word));
    if (syllableCache.size < 200_000) syllableCache.set(word, count);
  }
  return count;
}

/** Counts words and syllables in one sentence. */
export function sentenceStats(sentence: Sentence, ignored: ReadonlySet<string>): TextStats {
  let words = 0;
  let syllables = 0;
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue;
    const word = toString(child).toLowerCase();
    if (!hasLetter.test(word) || ignored.has(word)) continue;
    words++;
    syllables += syllablesOf(word);
  }
  return { words, sentences: words > 0 ? 1 : 0, syllables };
}

/** The Flesch-Kincaid grade for counts; 0 for text without words. */
export function fleschKincaid(stats: TextStats): number {
  if (stats.words === 0 || stats.sentences === 0) return 0;
  return 0.39 * (stats.words / stats.sentences) + 11.8 * (stats.syllables / stats.words) - 15.59;
}

/** Scores each sentence and the whole. */
export function scoreSentences(
  nodes: Iterable<Sentence>,
  ignored: ReadonlySet<string>,
): { total: TextStats; sentences: SentenceScore[] } {
  const total: TextStats = { words: 0, sentences: 0, syllables: 0 };
  const sentences: SentenceScore[] = [];
  for (const node of nodes) {
    const stats = sentenceStats(node, ignored);
    if (stats.words === 0) continue;
    total.words += stats.words;
    total.sentences += 1;
    total.syllables += stats.syllables;
    sentences.push({ ...stats, node, grade: fleschKincaid(stats) });
  }
  return { total, sentences };
}

/**
 * Rounds a grade for messages: one decimal, or more when one decimal would
 * make a failing grade look like the limit ("8.04", not "8.0", above 8).
 */
export function formatGrade(grade: number, limit = Number.POSITIVE_INFINITY): string {
  for (let digits = 1; digits < 4; digits++) {
    const text = grade.toFixed(digits);
    if (!(grade > limit && Number(text) <= limit)) return text;
  }
  return grade.toFixed(4);
}

/**
 * Reading grade of prose, over the whole document (not averaged per
 * sentence: short steps and long explanations must weigh by their words).
 * Words are nlcst word tokens with a letter in them, minus the configured
 * product names, UI words and accepted terms; the formula and the syllable
 * count come from the article's language (Flesch-Kincaid for English:
 * 0.39 × words/sentence + 11.8 × syllables/word − 15.59).
 */
import type { Sentence } from 'nlcst';
import { english } from './language/english.ts';
import type { LintLanguage, TextStats } from './language/lint-language.ts';
import { sentenceWords } from './sentence-words.ts';

export type { TextStats } from './language/lint-language.ts';

export interface SentenceScore extends TextStats {
  node: Sentence;
  grade: number;
}

export interface ReadingScore {
  total: TextStats;
  sentences: SentenceScore[];
  /** The document's grade; 0 without words. */
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

/** Counts words and syllables in one sentence. */
export function sentenceStats(sentence: Sentence, ignored: ReadonlySet<string>, language: LintLanguage = english): TextStats {
  const stats: TextStats = { words: 0, sentences: 0, syllables: 0, polysyllables: 0, monosyllables: 0, longWords: 0 };
  for (const word of sentenceWords(sentence).words) {
    if (!hasLetter.test(word) || ignored.has(word)) continue;
    const count = language.syllables(word);
    stats.words++;
    stats.syllables += count;
    if (count >= 3) stats.polysyllables++;
    else if (count === 1) stats.monosyllables++;
    if (word.length > 6 && (word.match(/\p{L}/gu)?.length ?? 0) > 6) stats.longWords++;
  }
  stats.sentences = stats.words > 0 ? 1 : 0;
  return stats;
}

/** The Flesch-Kincaid grade for counts; 0 for text without words. */
export function fleschKincaid(stats: TextStats): number {
  return english.grade.of(stats);
}

/** Scores each sentence and the whole. */
export function scoreSentences(nodes: Iterable<Sentence>, ignored: ReadonlySet<string>, language: LintLanguage = english): ReadingScore {
  const total: TextStats = { words: 0, sentences: 0, syllables: 0, polysyllables: 0, monosyllables: 0, longWords: 0 };
  const sentences: SentenceScore[] = [];
  for (const node of nodes) {
    const stats = sentenceStats(node, ignored, language);
    if (stats.words === 0) continue;
    total.words += stats.words;
    total.sentences += 1;
    total.syllables += stats.syllables;
    total.polysyllables += stats.polysyllables;
    total.monosyllables += stats.monosyllables;
    total.longWords += stats.longWords;
    sentences.push({ ...stats, node, grade: language.grade.of(stats) });
  }
  return { total, sentences, grade: language.grade.of(total) };
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

/**
 * What `kb lint --metrics` reports for every article, passing or not: the
 * reading grade and what it is computed from, the procedures and their
 * longest one, and the hardest sentences with their places.
 */
import { toString } from 'nlcst-to-string';
import type { ArticleModel } from './article-model.ts';

export interface HardSentence {
  line: number;
  column: number;
  grade: number;
  /** The sentence, shortened to 100 characters. */
  text: string;
}

export interface ArticleMetrics {
  /** Reading grade of the prose, rounded to one decimal; null when the article has no prose. */
  grade: number | null;
  /** The formula behind `grade`, per the article's language. */
  formula: string;
  words: number;
  sentences: number;
  syllables: number;
  /** Steps of the longest procedure (0 without one). */
  steps: number;
  procedures: number;
  hardest: HardSentence[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Computes the metrics of an article; `count` is how many hardest sentences to keep. */
export function measureArticle(model: ArticleModel, formula: string, count: number): ArticleMetrics {
  const { total, sentences, grade } = model.reading();
  const procedures = model.procedures();
  return {
    grade: total.sentences > 0 ? round(grade) : null,
    formula,
    words: total.words,
    sentences: total.sentences,
    syllables: total.syllables,
    steps: procedures.reduce((max, p) => Math.max(max, p.steps), 0),
    procedures: procedures.length,
    hardest: [...sentences]
      .sort((a, b) => b.grade - a.grade)
      .slice(0, count)
      .map((s) => {
        const text = toString(s.node).replace(/\s+/g, ' ').trim();
        return { line: s.node.position?.start.line ?? 1, column: s.node.position?.start.column ?? 1, grade: round(s.grade), text: text.length > 100 ? `${text.slice(0, 99)}…` : text };
      }),
  };
}

/** Metrics of a file that could not be read at all. */
export function emptyMetrics(formula: string): ArticleMetrics {
  return { grade: null, formula, words: 0, sentences: 0, syllables: 0, steps: 0, procedures: 0, hardest: [] };
}

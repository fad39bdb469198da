/**
 * The prose sentences that fall inside a range of source lines.
 */
import type { Sentence } from 'nlcst';

/** Sentences whose start line is within [start, end]. */
export function sentencesIn(sentences: readonly Sentence[], start: number, end: number): Sentence[] {
  return sentences.filter((node) => {
    const line = node.position?.start.line;
    return line !== undefined && line >= start && line <= end;
  });
}

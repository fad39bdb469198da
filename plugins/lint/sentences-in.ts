/**
 * The prose sentences that fall inside a range of source lines.
 */
import type { Root as NlcstRoot, Sentence } from 'nlcst';
import { visit } from 'unist-util-visit';

/** Sentences with at least one word whose start line is within [start, end]. */
export function sentencesIn(prose: NlcstRoot, start: number, end: number): Sentence[] {
  const found: Sentence[] = [];
  visit(prose, 'SentenceNode', (node) => {
    const line = node.position?.start.line;
    if (line === undefined || line < start || line > end) return;
    if (node.children.some((c) => c.type === 'WordNode')) found.push(node);
  });
  return found;
}

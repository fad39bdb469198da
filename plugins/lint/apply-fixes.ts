/**
 * Applies fixes to a file's text. A fix is taken whole or not at all; a fix
 * that overlaps one already taken waits for the next pass (`kb lint --fix`
 * lints again and repeats), so two fixes never garble the same text.
 */
import type { LintEdit, LintFix } from './lint-message.ts';

function overlaps(a: LintEdit, b: LintEdit): boolean {
  if (a.offset === a.endOffset && b.offset === b.endOffset) return a.offset === b.offset;
  return a.offset < b.endOffset && b.offset < a.endOffset || (a.offset === a.endOffset && a.offset > b.offset && a.offset < b.endOffset) || (b.offset === b.endOffset && b.offset > a.offset && b.offset < a.endOffset);
}

/** The text with every non-overlapping fix applied, and how many fixes were. */
export function applyFixes(source: string, fixes: readonly LintFix[]): { text: string; applied: number } {
  const taken: LintEdit[] = [];
  let applied = 0;
  const ordered = [...fixes].sort((a, b) => (a.edits[0]?.offset ?? 0) - (b.edits[0]?.offset ?? 0));
  for (const fix of ordered) {
    if (fix.edits.some((edit) => edit.offset < 0 || edit.endOffset > source.length || edit.endOffset < edit.offset)) continue;
    if (fix.edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...fix.edits);
    applied++;
  }
  if (applied === 0) return { text: source, applied };
  taken.sort((a, b) => a.offset - b.offset);
  let out = '';
  let at = 0;
  for (const edit of taken) {
    out += source.slice(at, edit.offset) + edit.text;
    at = edit.endOffset;
  }
  return { text: out + source.slice(at), applied };
}

/**
 * @rule parse-error
 * MDX or YAML that does not parse, with the position and a plain explanation.
 *
 * Why: a file the parser cannot read cannot be checked or published. MDX is
 * stricter than Markdown: `<` starts a tag and `{` starts an expression.
 *
 * @example ok
 * ```mdx
 * Press <kbd>Enter</kbd> to save. Prices start at 5 &lt; 10 dollars.
 * ```
 *
 * @example not-ok
 * ```mdx
 * Type a value {like this.
 * ```
 * @expect 1:25 MDX could not read this file: unexpected end of file in expression, expected a corresponding closing brace for `{`. A `{` in text starts an expression in MDX: write `\{`, or put the text in backticks
 */
import { VFileMessage } from 'vfile-message';

const hints: Array<[RegExp, string]> = [
  [/to create a comment in MDX/i, 'HTML comments do not work in MDX: write {/* comment */} instead'],
  [/before name|after name|tag/i, 'A `<` in text starts a tag in MDX: write `&lt;`, put the text in backticks, or close the tag'],
  [/expression|acorn|brace/i, 'A `{` in text starts an expression in MDX: write `\\{`, or put the text in backticks'],
  [/import|export/i, 'Lines starting with `import` or `export` are code in MDX: reword the sentence so it does not start with that word'],
];

/** Explains a parser error in words a writer can act on. */
export function explainParseError(error: unknown): { reason: string; line: number; column: number } {
  const raw = error instanceof Error ? error.message : String(error);
  const first = (error instanceof VFileMessage ? error.reason : raw).split('\n')[0] ?? raw;
  const base = first.replace(/\s*\(note:[^)]*\)/, '').replace(/\.$/, '');
  const hint = hints.find(([pattern]) => pattern.test(first))?.[1] ?? 'check this line for a stray `<` or `{`, or a tag that is not closed';
  const line = error instanceof VFileMessage && error.line ? error.line : 1;
  const column = error instanceof VFileMessage && error.column ? error.column : 1;
  return { reason: `MDX could not read this file: ${base.charAt(0).toLowerCase()}${base.slice(1)}. ${hint}`, line, column };
}

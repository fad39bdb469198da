/**
 * @rule parse-error
 * A file that cannot be read as an article: MDX or frontmatter YAML that
 * does not parse (with the position and a plain explanation), and files that
 * are not UTF-8 text. The checks that need no MDX structure (frontmatter,
 * title, reading grade, wording, unsafe HTML) still run on a file MDX cannot
 * read.
 *
 * Why: a file the parser cannot read cannot be checked or published. MDX is
 * stricter than Markdown: `<` starts a tag and `{` starts an expression.
 * Plain Markdown help centers can keep `.md` files, which allow HTML,
 * comments and `{#id}` headings.
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
  [/to create a comment in MDX/i, 'HTML comments do not work in MDX: write {/* comment */} instead, or rename the file to .md'],
  [/before name|after name|tag/i, 'A `<` in text starts a tag in MDX: write `&lt;`, put the text in backticks, or close the tag'],
  [/expression|acorn|brace/i, 'A `{` in text starts an expression in MDX: write `\\{`, or put the text in backticks'],
  [/import|export/i, 'Lines starting with `import` or `export` are code in MDX: reword the sentence so it does not start with that word'],
];

const headingId = /\{#[\w.-]+\}/;

/** Explains a parser error in words a writer can act on. */
export function explainParseError(error: unknown, text?: string): { reason: string; line: number; column: number } {
  const raw = error instanceof Error ? error.message : String(error);
  const first = (error instanceof VFileMessage ? error.reason : raw).split('\n')[0] ?? raw;
  const base = first.replace(/\s*\(note:[^)]*\)/, '').replace(/\.$/, '');
  const line = error instanceof VFileMessage && error.line ? error.line : 1;
  const column = error instanceof VFileMessage && error.column ? error.column : 1;
  const lineText = text?.split(/\r?\n|\r/)[line - 1] ?? '';
  const hint =
    /acorn|expression/i.test(first) && headingId.test(lineText)
      ? 'Heading ids like `{#my-id}` are not MDX: remove it (the site makes ids from the heading text), or rename the file to .md'
      : (hints.find(([pattern]) => pattern.test(first))?.[1] ?? 'check this line for a stray `<` or `{`, or a tag that is not closed');
  return { reason: `MDX could not read this file: ${base.charAt(0).toLowerCase()}${base.slice(1)}. ${hint}`, line, column };
}

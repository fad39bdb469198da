/**
 * Parses an article into mdast, never throwing: `.mdx` with MDX, GFM and
 * YAML frontmatter, `.md` as CommonMark with GFM and frontmatter. When MDX
 * cannot read a file, the failure (with its position) is returned together
 * with a CommonMark reading of the same text, so the checks that need no
 * MDX structure (frontmatter, reading grade, wording) still run on it.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { explainParseError } from '../rules/parse-error.ts';
import { syntaxOf, type ArticleSyntax } from './article-syntax.ts';

export interface ParseFailure {
  reason: string;
  line: number;
  column: number;
}

export interface ParsedArticle {
  tree: Root;
  syntax: ArticleSyntax;
  /** Set when the file's own syntax could not be read; `tree` is then the CommonMark reading. */
  failure?: ParseFailure;
}

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

function emptyTree(text: string): Root {
  const lines = text.split(/\r?\n|\r/);
  return {
    type: 'root',
    children: [],
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, offset: text.length } },
  };
}

function parseMarkdown(text: string): Root {
  try {
    return markdownParser.parse(text);
  } catch {
    return emptyTree(text); // CommonMark accepts any text; this only guards against a parser bug.
  }
}

/** Parses `text` as the article at `file` (the extension picks the syntax). */
export function parseArticle(text: string, file: string): ParsedArticle {
  const syntax = syntaxOf(file);
  if (syntax === 'markdown') return { tree: parseMarkdown(text), syntax };
  try {
    return { tree: mdxParser.parse(text), syntax };
  } catch (error) {
    return { tree: parseMarkdown(text), syntax, failure: explainParseError(error, text) };
  }
}

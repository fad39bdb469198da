/**
 * Which syntax an article is written in, from its file name: `.md` is
 * CommonMark with GitHub's extensions (tables, task lists, autolinks; raw
 * HTML and HTML comments allowed), `.mdx` is MDX (JSX and `{expressions}`).
 */
export type ArticleSyntax = 'mdx' | 'markdown';

/** File names the linter treats as articles. */
export const articleExtension = /\.(?:mdx|md)$/i;

/** The syntax of an article file. */
export function syntaxOf(file: string): ArticleSyntax {
  return /\.mdx$/i.test(file) ? 'mdx' : 'markdown';
}

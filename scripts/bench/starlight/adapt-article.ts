/**
 * One help-center article as a plain Starlight page: Starlight's
 * frontmatter knows `title` and `description` (our `summary`); the rest of
 * ours (type, category, plans…) has no Starlight meaning and is dropped.
 * Relative links to other articles (`../billing/x.mdx`) become the address
 * Starlight gives that page (`/billing/x/`), as its author would write them.
 * An article that uses no MDX feature becomes a `.md` page, which Starlight
 * renders much faster than MDX: the same shortcut our site takes (see
 * `site/lib/markdown/plain-markdown.ts`), so neither side pays for MDX it
 * does not use.
 */
import path from 'node:path';
import matter from 'gray-matter';
import { stringify } from 'yaml';
import { plainMarkdownOf } from '../../../site/lib/markdown/plain-markdown.ts';

export interface StarlightArticle {
  /** The page source, frontmatter included. */
  source: string;
  /** `md` when the body is plain Markdown, else `mdx`. */
  extension: 'md' | 'mdx';
  title: string;
  description: string;
}

/** Thrown when an article lacks what a Starlight page needs. */
export class ArticleAdaptError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArticleAdaptError';
  }
}

const mdxLink = /\]\((?!\w+:|\/|#)([^)\s]+?)\.mdx(#[^)\s]*)?\)/g;

/**
 * Adapts the article `source` found at `file` (a path such as
 * `articles/billing/update-your-card.mdx`, whose folder is the category).
 */
export function adaptArticle(source: string, file: string): StarlightArticle {
  // An empty options object keeps gray-matter from caching every article it parses.
  const parsed = matter(source, {});
  const data = parsed.data as Record<string, unknown>;
  const where = `${file}: frontmatter`;
  if (typeof data.title !== 'string' || data.title.trim() === '') throw new ArticleAdaptError(`${where} has no "title"; a Starlight page needs one.`);
  if (typeof data.summary !== 'string' || data.summary.trim() === '') throw new ArticleAdaptError(`${where} has no "summary" to use as the Starlight "description".`);
  const folder = `/${path.posix.basename(path.posix.dirname(file.split(path.sep).join('/')))}`;
  const body = parsed.content.replace(mdxLink, (_match, target: string, hash: string | undefined) => {
    const resolved = path.posix.resolve(folder, target);
    return `](${resolved}/${hash ?? ''})`;
  });
  const plain = plainMarkdownOf(body);
  const frontmatter = stringify({ title: data.title, description: data.summary }, { lineWidth: 0 });
  return { source: `---\n${frontmatter}---\n${plain ?? body}`, extension: plain === undefined ? 'mdx' : 'md', title: data.title, description: data.summary };
}

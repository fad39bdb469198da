/**
 * What the cross-file rules (`unique-slug`, `related-articles`,
 * `no-broken-links`) and the KB index need to know about one article,
 * without its tree. Facts are collected when the article is linted and kept
 * in the cache, so a run where one article changed still rechecks every
 * other article's links against it.
 */
import type { LinkFact } from './links.ts';
import type { SourceRange } from './source-range.ts';
import type { Waiver } from './waivers.ts';

export interface ArticleFacts {
  /** Absolute path. */
  file: string;
  slug: string;
  /** `status` from the frontmatter (published when unset or unreadable). */
  status: string;
  /** `aliases` entries that are strings, with their places. */
  aliases: Array<{ value: string; range: SourceRange }>;
  anchors: string[];
  links: LinkFact[];
  /** The "Related articles" heading, when the article has that section. */
  related?: SourceRange;
  waivers: Waiver[];
  /** True when the file's syntax did not parse: links and anchors come from a CommonMark reading. */
  fallback: boolean;
  /** True when the article imports MDX or Markdown content (snippets), whose headings are anchors the linter cannot see. */
  importsContent?: boolean;
}

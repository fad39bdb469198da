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
  /** The article's locale (ISO 639-1); undefined when it sits under `articles/<code>/` for a code that is not configured. */
  locale?: string;
  /** The locale folder it sits under (`articles/de/…`), if any. */
  localeFolder?: string;
  /** What a translation must keep from its source, as the frontmatter says (strings only). */
  type?: string;
  category?: string;
  productArea?: string;
  /** `last_updated` as written (YYYY-MM-DD). */
  lastUpdated?: string;
  /** Where a translation's `type`, `category` and `product_area` are written, for messages about them. */
  fieldRanges?: Partial<Record<'type' | 'category' | 'product_area', SourceRange>>;
  /** True when the article imports MDX or Markdown content (snippets), whose headings are anchors the linter cannot see. */
  importsContent?: boolean;
}

/**
 * `/feed.xml`: an Atom feed (RFC 4287) of the most recently updated
 * articles, so customers and teams can follow changes in a feed reader or
 * a chat integration. Dates are the articles' `last_updated` days.
 */
import { escapeUTF8 } from 'entities';
import type { ArticleRecord } from './article-list.ts';

export interface FeedOptions {
  title: string;
  /** The site's home page (absolute). */
  siteUrl: string;
  /** The feed's own address (absolute). */
  feedUrl: string;
  language: string;
  /** Absolute address of an article. */
  articleUrl(slug: string): string;
  /** Category title by id. */
  categoryTitle(id: string): string;
}

/** Most articles in the feed. */
export const FEED_SIZE = 20;

const day = (d: string) => `${d}T00:00:00Z`;

/** The feed of `articles` (already the ones to list, newest first). */
export function atomFeed(articles: readonly ArticleRecord[], options: FeedOptions): string {
  const updated = articles[0]?.data.last_updated ?? '1970-01-01';
  const entries = articles.map((a) => {
    const url = options.articleUrl(a.slug);
    return [
      '  <entry>',
      `    <id>${escapeUTF8(url)}</id>`,
      `    <title>${escapeUTF8(a.data.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeUTF8(url)}"/>`,
      `    <updated>${day(a.data.last_updated)}</updated>`,
      `    <summary>${escapeUTF8(a.data.summary)}</summary>`,
      `    <category term="${escapeUTF8(a.data.category)}" label="${escapeUTF8(options.categoryTitle(a.data.category))}"/>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeUTF8(options.language)}">`,
    `  <id>${escapeUTF8(options.siteUrl)}</id>`,
    `  <title>${escapeUTF8(options.title)}</title>`,
    `  <subtitle>Recently updated articles</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeUTF8(options.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeUTF8(options.siteUrl)}"/>`,
    `  <updated>${day(updated)}</updated>`,
    `  <author><name>${escapeUTF8(options.title)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

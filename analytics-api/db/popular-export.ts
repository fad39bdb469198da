/**
 * The analytics export the site reads at build time for its "Popular" and
 * "Most helpful" lists (`site/lib/popular.ts` defines the file): views and
 * helpful share per article over a period, most viewed first.
 */
import type { Database } from 'better-sqlite3';
import type { PopularExport } from '../../site/lib/popular.ts';
import { listArticleStats } from './list-article-stats.ts';
import type { TimeRange } from './time-range.ts';

export function popularExport(db: Database, range: TimeRange, now = new Date()): PopularExport {
  const articles = listArticleStats(db, range)
    .map((row) => {
      const votes = row.votes_up + row.votes_down;
      return { article: row.article, views: row.views, helpful_share: votes > 0 ? row.votes_up / votes : null, votes };
    })
    .sort((a, b) => b.views - a.views || a.article.localeCompare(b.article));
  return { generated_at: now.toISOString(), articles };
}

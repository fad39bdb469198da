/**
 * The analytics export the site reads at build time for its "Popular" and
 * "Most helpful" lists (`site/lib/popular.ts` defines the file): views and
 * helpful share per article over a period, most viewed first.
 */
import type { PopularExport } from '../../site/lib/popular.ts';
import type { AnalyticsStore } from '../store/analytics-store.ts';
import type { TimeRange } from './time-range.ts';

export async function popularExport(store: Pick<AnalyticsStore, 'listArticleStats'>, range: TimeRange, now = new Date()): Promise<PopularExport> {
  const articles = (await store.listArticleStats(range))
    .map((row) => {
      const votes = row.votes_up + row.votes_down;
      return { article: row.article, views: row.views, helpful_share: votes > 0 ? row.votes_up / votes : null, votes };
    })
    .sort((a, b) => b.views - a.views || a.article.localeCompare(b.article));
  return { generated_at: now.toISOString(), articles };
}

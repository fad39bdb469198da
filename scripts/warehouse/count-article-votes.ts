/** Helpful votes per article in a period, from pulled analytics events. */
import { prepared } from '../../analytics-api/db/statement-cache.ts';
import type { EventPeriod } from './list-warehouse-events.ts';
import type { Warehouse } from './open-warehouse.ts';
import { periodMs } from './time-bound.ts';

/** "Was this helpful?" answers for one article. */
export interface ArticleVotes {
  up: number;
  down: number;
}

/** Up and down votes per article slug with `ts` in [from, to). */
export function countArticleVotes(db: Warehouse, period: EventPeriod = {}): Map<string, ArticleVotes> {
  const rows = prepared<[number, number], { article: string; up: number; down: number }>(
    db,
    `SELECT article, SUM(vote = 'up') AS up, SUM(vote = 'down') AS down FROM events
     WHERE type = 'vote' AND ts >= ? AND ts < ? AND article IS NOT NULL GROUP BY article`,
  ).all(...periodMs(period));
  return new Map(rows.map((r) => [r.article, { up: r.up, down: r.down }]));
}

/** yes / (yes + no), or null without votes. */
export function helpfulShare(votes: ArticleVotes | undefined): number | null {
  if (!votes || votes.up + votes.down === 0) return null;
  return votes.up / (votes.up + votes.down);
}

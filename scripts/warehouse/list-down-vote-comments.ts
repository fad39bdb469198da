/** What customers wrote when they said an article did not help. */
import { prepared } from '../../analytics-api/db/statement-cache.ts';
import type { EventPeriod } from './list-warehouse-events.ts';
import type { Warehouse } from './open-warehouse.ts';
import { periodMs } from './time-bound.ts';

/** One "No" vote with its reason or comment. */
export interface DownVoteComment {
  article: string;
  reason: string | null;
  comment: string | null;
  ts: number;
}

/** "No" votes that carry a reason or a comment, newest first, at most `limit` per article. */
export function listDownVoteComments(db: Warehouse, period: EventPeriod = {}, limit = 5): DownVoteComment[] {
  return prepared<[number, number, number], DownVoteComment>(
    db,
    `SELECT article, reason, comment, ts FROM (
       SELECT article, reason, comment, ts,
              row_number() OVER (PARTITION BY article ORDER BY ts DESC, id DESC) AS n
       FROM events
       WHERE type = 'vote' AND vote = 'down' AND ts >= ? AND ts < ? AND article IS NOT NULL
         AND (reason IS NOT NULL OR (comment IS NOT NULL AND comment <> ''))
     ) WHERE n <= ? ORDER BY article, ts DESC`,
  ).all(...periodMs(period), limit);
}

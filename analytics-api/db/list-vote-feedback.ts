/**
 * The "No" votes of a time range with their reasons and comments, newest
 * first, for the dashboard's unhelpful articles. Read from raw events only:
 * comments are not kept in the daily rollups, and the dashboard looks at
 * the last two weeks, well inside retention.
 */
import type { Database } from 'better-sqlite3';
import { prepared } from './statement-cache.ts';
import type { TimeRange } from './time-range.ts';

export interface VoteFeedback {
  article: string;
  reason: string | null;
  comment: string | null;
  received_at: number;
}

/** The "No" votes of the raw events in [@from, @to), newest first; the SQL runs on both engines. */
export const LIST_VOTE_FEEDBACK = `
  SELECT article, reason, comment, received_at FROM events
  WHERE type = 'vote' AND vote = 'down' AND article IS NOT NULL AND received_at >= @from AND received_at < @to
  ORDER BY received_at DESC, id DESC`;

/** Every "No" vote of `range`, newest first. */
export function listVoteFeedback(db: Database, range: TimeRange): VoteFeedback[] {
  return prepared<[TimeRange], VoteFeedback>(db, LIST_VOTE_FEEDBACK).all(range);
}

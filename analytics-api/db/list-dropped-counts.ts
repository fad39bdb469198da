/** Requests answered but not stored (bots, DNT, GPC), summed per reason over the days a range touches. */
import type { Database } from 'better-sqlite3';
import type { DropReason } from './save-dropped-counts.ts';
import { prepared } from './statement-cache.ts';
import type { TimeRange } from './time-range.ts';
import { utcDate } from './utc-day.ts';

export interface DroppedTotal {
  reason: DropReason;
  requests: number;
  events: number;
}

const LIST_DROPPED = `
  SELECT reason, SUM(requests) AS requests, SUM(events) AS events FROM daily_dropped_counts
  WHERE day >= ? AND day <= ? GROUP BY reason ORDER BY reason`;

export function listDroppedCounts(db: Database, range: TimeRange): DroppedTotal[] {
  return prepared<[string, string], DroppedTotal>(db, LIST_DROPPED).all(utcDate(range.from), utcDate(Math.max(range.from, range.to - 1)));
}

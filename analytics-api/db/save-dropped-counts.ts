/** Adds to the daily counts of requests that were answered but not stored (bots, DNT, GPC). */
import type { Database } from 'better-sqlite3';
import { prepared } from './statement-cache.ts';

/** Why a request's events were not stored. */
export type DropReason = 'bot' | 'dnt' | 'gpc';

export interface DroppedCount {
  day: string;
  reason: DropReason;
  requests: number;
  events: number;
}

const ADD_DROPPED = `
  INSERT INTO daily_dropped_counts (day, reason, requests, events) VALUES (@day, @reason, @requests, @events)
  ON CONFLICT (day, reason) DO UPDATE SET requests = daily_dropped_counts.requests + excluded.requests, events = daily_dropped_counts.events + excluded.events`;

export function saveDroppedCounts(db: Database, counts: Iterable<DroppedCount>): void {
  const add = prepared<[DroppedCount]>(db, ADD_DROPPED);
  for (const count of counts) add.run(count);
}

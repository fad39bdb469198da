/**
 * Retention: raw events older than the cutoff are rolled up into the daily
 * tables and deleted, one UTC day per transaction so a live server keeps
 * writing between days. The connection runs with `secure_delete`, so the
 * deleted rows' bytes are overwritten, and the write-ahead log is
 * checkpointed and truncated afterwards, so no copy of them stays in the
 * `-wal` file or in a backup taken later.
 */
import type { Database } from 'better-sqlite3';
import { DateTime } from 'luxon';
import { rollupDay } from './rollup-day.ts';
import { prepared } from './statement-cache.ts';
import { truncateWal } from './truncate-wal.ts';
import { DAY_MS, utcDayStart } from './utc-day.ts';

export interface PruneResult {
  /** Raw events received before this time (a UTC day start, ms) were pruned. */
  before: number;
  /** Days rolled up. */
  days: number;
  /** Raw events deleted. */
  events: number;
  /** False when a reader kept the write-ahead log from being truncated; the next prune or checkpoint finishes it. */
  walTruncated?: boolean;
}

/** The start of the UTC day `months` months before `now`: events received earlier are past retention. */
export function retentionCutoff(now: number, months: number): number {
  return DateTime.fromMillis(now, { zone: 'utc' }).minus({ months }).startOf('day').toMillis();
}

const OLDEST_BEFORE = 'SELECT MIN(received_at) FROM events WHERE received_at < ?';
const DELETE_RANGE = 'DELETE FROM events WHERE received_at >= ? AND received_at < ?';
/** Events and days received before a cutoff (the SQL runs on both engines). */
export const COUNT_BEFORE = 'SELECT COUNT(*) AS events, COUNT(DISTINCT received_at / 86400000) AS days FROM events WHERE received_at < ?';

/** What `pruneEvents` would do, without changing anything. */
export function countPrunableEvents(db: Database, before: number): PruneResult {
  const row = prepared<[number], { events: number; days: number }>(db, COUNT_BEFORE).get(utcDayStart(before));
  return { before: utcDayStart(before), days: row?.days ?? 0, events: row?.events ?? 0 };
}

/** Rolls up and deletes every raw event received before the UTC day holding `before`; `onDay` runs after each day. */
export function pruneEvents(db: Database, before: number, onDay?: (dayStart: number) => void): PruneResult {
  const cutoff = utcDayStart(before);
  const result: PruneResult = { before: cutoff, days: 0, events: 0 };
  // Whoever opened the connection, deleted rows must not leave their bytes in free space.
  db.pragma('secure_delete = ON');
  const oldest = prepared<[number], number | null>(db, OLDEST_BEFORE).pluck();
  const remove = prepared<[number, number]>(db, DELETE_RANGE);
  const pruneDay = db.transaction((dayStart: number) => {
    rollupDay(db, dayStart);
    return remove.run(dayStart, dayStart + DAY_MS).changes;
  });
  for (;;) {
    const first = oldest.get(cutoff);
    if (first === null || first === undefined) {
      if (result.days > 0) result.walTruncated = truncateWal(db);
      return result;
    }
    const dayStart = utcDayStart(first);
    result.events += pruneDay.immediate(dayStart);
    result.days += 1;
    onDay?.(dayStart);
  }
}

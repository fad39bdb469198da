/**
 * The SQLite engine of the store: one better-sqlite3 connection, opened and
 * migrated by `openDatabase`, with the query functions of `db/`. Calls are
 * synchronous inside; the async interface only wraps their results. The
 * daily salt lives in this process's memory and nowhere else.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { countEventsByHour } from '../db/count-events-by-hour.ts';
import { countSessionOutcomes } from '../db/count-session-outcomes.ts';
import type { EventRow } from '../db/event-row.ts';
import { listArticleStats } from '../db/list-article-stats.ts';
import { listDroppedCounts } from '../db/list-dropped-counts.ts';
import { listEvents } from '../db/list-events.ts';
import { listSearchStats } from '../db/list-search-stats.ts';
import { listVoteFeedback } from '../db/list-vote-feedback.ts';
import { countPrunableEvents, pruneEvents } from '../db/prune-events.ts';
import { saveDroppedCounts, type DroppedCount } from '../db/save-dropped-counts.ts';
import { saveEvents } from '../db/save-events.ts';
import { checkIntegrityNow, checkWritable, createStorageHealth } from '../db/storage-health.ts';
import { listZeroResultFollowUps } from '../../scripts/warehouse/list-zero-result-follow-ups.ts';
import type { AnalyticsStore } from './analytics-store.ts';
import { sqliteOutbox } from './sqlite-outbox.ts';

/** The store on an open analytics database (`openDatabase`); closing the store closes it. */
export function sqliteStore(db: Database): AnalyticsStore & { readonly db: Database } {
  const commitGroup = db.transaction((writes: ReadonlyArray<readonly EventRow[]>, counts: readonly DroppedCount[]) => {
    for (const rows of writes) saveEvents(db, rows);
    saveDroppedCounts(db, counts);
  });
  const commitOne = db.transaction((rows: readonly EventRow[]) => saveEvents(db, rows));
  return {
    engine: 'sqlite',
    location: db.name,
    db,
    commitGroup(writes, dropped) {
      commitGroup.immediate(writes, dropped);
    },
    commitOne(rows) {
      commitOne.immediate(rows);
    },
    outbox: sqliteOutbox(db),
    saltFor() {
      // Only this process hashes with it: a restart starts a new salt, as before.
      return randomBytes(32).toString('base64');
    },
    async listArticleStats(range) {
      return listArticleStats(db, range);
    },
    async listSearchStats(range) {
      return listSearchStats(db, range);
    },
    async countSessionOutcomes(range) {
      return countSessionOutcomes(db, range);
    },
    async listDroppedCounts(range) {
      return listDroppedCounts(db, range);
    },
    async countEventsByHour(range) {
      return countEventsByHour(db, range);
    },
    async listVoteFeedback(range) {
      return listVoteFeedback(db, range);
    },
    async listZeroResultFollowUps(range, windowMs) {
      return listZeroResultFollowUps(db, range, windowMs);
    },
    async *listEvents(options) {
      yield* listEvents(db, options);
    },
    async countPrunable(before) {
      return countPrunableEvents(db, before);
    },
    async prune(before, onDay) {
      return pruneEvents(db, before, onDay);
    },
    async maintain() {
      // Raw events answer the read API until they are pruned; there is nothing to prepare ahead.
      return { rolledUp: 0 };
    },
    async checkAtStart() {
      const writable = checkWritable(db);
      return writable.ok ? checkIntegrityNow(db) : writable;
    },
    createHealth(options) {
      return createStorageHealth(db, options);
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

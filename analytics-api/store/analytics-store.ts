/**
 * The one interface the analytics service stores through. Two engines
 * implement it: SQLite (`sqlite-store.ts`, the embedded default, one
 * process) and PostgreSQL (`postgres/postgres-store.ts`, any number of
 * instances on one database). Routes, the server, the `kb analytics`
 * commands and the contract tests see only this; both engines run the same
 * numbered migrations (`db/migrations.ts`) and, where the dialects allow,
 * the same SQL.
 *
 * Every method is async for PostgreSQL's sake; the SQLite engine answers
 * synchronously inside, and its group commit stays synchronous (see
 * `GroupCommitter`), so the embedded hot path pays no extra round trips.
 */
import type { HourCounts } from '../db/count-events-by-hour.ts';
import type { SessionOutcomeCounts } from '../db/count-session-outcomes.ts';
import type { EventRow, StoredEvent } from '../db/event-row.ts';
import type { ArticleCounts } from '../db/list-article-stats.ts';
import type { DroppedTotal } from '../db/list-dropped-counts.ts';
import type { ListEventsOptions } from '../db/list-events.ts';
import type { QueryCounts } from '../db/list-search-stats.ts';
import type { VoteFeedback } from '../db/list-vote-feedback.ts';
import type { PruneResult } from '../db/prune-events.ts';
import type { DroppedCount } from '../db/save-dropped-counts.ts';
import type { StorageHealth, StorageStatus } from '../db/storage-health.ts';
import type { StatsRange } from '../db/locale-filter.ts';
import type { TimeRange } from '../db/time-range.ts';
import type { OutboxStore } from '../outbox/outbox-store.ts';
import type { ZeroResultFollowUp } from '../../scripts/warehouse/list-zero-result-follow-ups.ts';

/** Which engine a store runs on. */
export type StoreEngine = 'sqlite' | 'postgres';

/**
 * Writes for the group-commit writer (`db/event-writer.ts`): each call is
 * one transaction. A synchronous engine returns nothing, an asynchronous
 * one a promise; the writer handles both.
 */
export interface GroupCommitter {
  /** Stores every request's rows and adds the dropped counts, all in one transaction. */
  commitGroup(writes: ReadonlyArray<readonly EventRow[]>, dropped: readonly DroppedCount[]): void | Promise<void>;
  /** Stores one request's rows alone (the retry after a group failed). */
  commitOne(rows: readonly EventRow[]): void | Promise<void>;
  /** True when retrying request by request cannot help (the database is unreachable): every request of the group fails at once. */
  isUnavailable?(error: unknown): boolean;
  /**
   * How long a group stays open for more requests before it commits, in ms
   * (default 0: the end of the current event-loop turn). A database across
   * the network pays per commit; a millisecond of waiting fills its groups.
   */
  readonly commitWindowMs?: number;
}

/** The secret of the daily hashes: created once per UTC day, by one instance for all (PostgreSQL) or in memory (SQLite). */
export interface SaltSource {
  /** The salt of the UTC day starting at `dayStart` (ms). */
  saltFor(dayStart: number): string | Promise<string>;
}

/** What the maintenance pass did (`AnalyticsStore.maintain`). */
export interface MaintenanceResult {
  /** Completed days summed into the daily tables. */
  rolledUp: number;
}

export interface AnalyticsStore extends GroupCommitter, SaltSource {
  readonly engine: StoreEngine;
  /** Where the data lives, safe to print: the file, or the URL without its password. */
  readonly location: string;

  /** The contact outbox on this engine (`outbox/`). */
  readonly outbox: OutboxStore;

  /** Per-article counts for `range` (of its locale, when it names one), sorted by article. */
  listArticleStats(range: StatsRange): Promise<ArticleCounts[]>;
  /** Per-query counts for `range` (the rare-queries row of pruned days included), sorted by query. */
  listSearchStats(range: StatsRange): Promise<QueryCounts[]>;
  /** Sessions per deflection outcome in `range`. */
  countSessionOutcomes(range: StatsRange): Promise<SessionOutcomeCounts>;
  /** Requests answered but not stored, per reason, over the days `range` touches. */
  listDroppedCounts(range: TimeRange): Promise<DroppedTotal[]>;
  /** Views, searches and zero-result searches per hour of `range` from the raw events (the dashboard's days). */
  countEventsByHour(range: TimeRange): Promise<HourCounts[]>;
  /** The "No" votes of `range` with reasons and comments, newest first, from the raw events (the dashboard). */
  listVoteFeedback(range: TimeRange): Promise<VoteFeedback[]>;
  /** Zero-result searches with `ts` in `range` and the first view of their session within `windowMs` after each, oldest first. */
  listZeroResultFollowUps(range: TimeRange, windowMs: number): Promise<ZeroResultFollowUp[]>;
  /** Raw events in id order (the export contract). */
  listEvents(options?: ListEventsOptions): AsyncIterable<StoredEvent>;

  /** What `prune` would do for events received before `before`. */
  countPrunable(before: number): Promise<PruneResult>;
  /** Rolls up and removes raw events received before the UTC day holding `before`; `onDay` runs after each day. */
  prune(before: number, onDay?: (dayStart: number) => void): Promise<PruneResult>;
  /** Periodic upkeep: partitions ahead, rollups of completed days, expired salts and de-duplication keys. */
  maintain(now: number): Promise<MaintenanceResult>;

  /** The checks `kb serve` runs before it listens (a real write; on SQLite also a full quick_check). */
  checkAtStart(): Promise<StorageStatus>;
  /** The checks behind `/api/health`; `integrity: false` leaves out SQLite's background quick_check. */
  createHealth(options?: { integrity?: boolean; now?: () => number }): StorageHealth;

  close(): Promise<void>;
}

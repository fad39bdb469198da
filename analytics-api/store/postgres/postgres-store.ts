/**
 * The PostgreSQL engine of the store, for any number of `kb serve`
 * instances on one database. Each instance has a small connection pool;
 * migrations run once under an advisory lock; events are written in groups
 * by one statement each (`postgres-save-events.ts`) into day partitions
 * (`postgres-partitions.ts`); completed days are rolled up so the read API
 * stays off the raw events (`postgres-rollups.ts`); retention drops whole
 * partitions. Errors that mean the database cannot be used right now
 * become `AnalyticsDatabaseError`s with their fault, which the API answers
 * with 503 and `Retry-After`.
 */
import type pg from 'pg';
import { COUNT_EVENTS_BY_HOUR, type HourCounts } from '../../db/count-events-by-hour.ts';
import { emptyCounts, COUNT_RAW_SESSION_OUTCOMES, COUNT_ROLLED_SESSION_OUTCOMES, type SessionOutcomeCounts } from '../../db/count-session-outcomes.ts';
import { eventColumns, type StoredEvent } from '../../db/event-row.ts';
import { ARTICLE_COUNTS, LIST_RAW_ARTICLE_STATS, LIST_ROLLED_ARTICLE_STATS, type ArticleCounts } from '../../db/list-article-stats.ts';
import type { DroppedTotal } from '../../db/list-dropped-counts.ts';
import { LIST_RAW_SEARCH_STATS, LIST_ROLLED_SEARCH_STATS, QUERY_COUNTS, type QueryCounts } from '../../db/list-search-stats.ts';
import { LIST_VOTE_FEEDBACK, type VoteFeedback } from '../../db/list-vote-feedback.ts';
import { migrations } from '../../db/migrations.ts';
import { COUNT_BEFORE, type PruneResult } from '../../db/prune-events.ts';
import { sessionOutcomes } from '../../db/session-outcomes-sql.ts';
import { sumCountsBy } from '../../db/sum-counts-by.ts';
import { localeParams, type LocaleScope } from '../../db/locale-filter.ts';
import type { TimeRange } from '../../db/time-range.ts';
import { DAY_MS, utcDate, utcDayStart } from '../../db/utc-day.ts';
import { followingViewsBounds, matchFollowUps, ZERO_RESULT_SEARCHES, type FollowingView, type ZeroResultSearch } from '../../../scripts/warehouse/list-zero-result-follow-ups.ts';
import type { AnalyticsStore } from '../analytics-store.ts';
import { describePostgresError, postgresFaultOf } from './postgres-errors.ts';
import { createPostgresHealth, probePostgres } from './postgres-health.ts';
import { migratePostgres } from './postgres-migrate.ts';
import { createPartitionKeeper, partitionName } from './postgres-partitions.ts';
import { createPool } from './postgres-pool.ts';
import { foldRareQueries, planRead, rollupDayPostgres, ROLLUP_GRACE_MS, run, type ReadPlan } from './postgres-rollups.ts';
import { dailySaltPostgres, deleteOldSalts } from './postgres-salt.ts';
import { postgresOutbox } from './postgres-outbox.ts';
import { saveEventsPostgres } from './postgres-save-events.ts';
import { inTransaction } from './postgres-transaction.ts';

/** Options of `openPostgresStore`. */
export interface PostgresStoreOptions {
  /** How far a client's clock may be off (`max_clock_skew_hours`): de-duplication keys are kept until a retry would be refused for it. */
  maxClockSkewMs?: number;
  /** Connections per instance (default 10). */
  poolSize?: number;
  /** How long a group of events stays open for more before it commits, in ms (default 1). */
  commitWindowMs?: number;
  /** Where broken idle connections and failed maintenance are reported. */
  logError?: (error: unknown) => void;
}

const DEFAULT_SKEW_MS = 24 * 3_600_000;

/** `FOLLOWING_VIEWS` narrowed to the sessions that searched, so a fortnight of views at scale is not read into memory. */
const FOLLOWING_VIEWS_OF_SESSIONS = `SELECT session, article, ts FROM events
  WHERE type = 'view' AND article IS NOT NULL AND ts > @after AND ts <= @until AND session = ANY(@sessions)
  ORDER BY ts, id`;

/** Connects, migrates and returns the store; throws an `AnalyticsDatabaseError` that says how to fix what is wrong. */
export async function openPostgresStore(url: string, shown: string, options: PostgresStoreOptions = {}): Promise<AnalyticsStore & { readonly pool: pg.Pool }> {
  const onError = (error: Error) => options.logError?.(describePostgresError(error, shown) ?? error);
  const pool = createPool(url, { max: options.poolSize, onError });
  // Upkeep gets a connection of its own without the requests' timeouts: a day's rollup at 10 M events takes about a minute.
  const upkeepPool = createPool(url, { max: 1, onError, upkeep: true });
  const fail = (error: unknown): never => {
    throw describePostgresError(error, shown) ?? error;
  };
  try {
    await migratePostgres(
      pool,
      migrations.map((migration) => migration.postgres),
      shown,
    );
  } catch (error) {
    await pool.end().catch(() => {});
    await upkeepPool.end().catch(() => {});
    fail(error);
  }
  const skewMs = options.maxClockSkewMs ?? DEFAULT_SKEW_MS;
  const partitions = createPartitionKeeper(pool);
  // Wraps each call so what reaches the routes is either data or an error that names its fault.
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      return fail(error);
    }
  };
  const rolledDaysIn = async (range: TimeRange): Promise<string[]> =>
    (await pool.query<{ day: string }>('SELECT day FROM rolled_days WHERE day >= $1 AND day < $2', [utcDate(range.from), utcDate(range.to + DAY_MS)])).rows.map((row) => row.day);
  const plan = async (range: TimeRange): Promise<ReadPlan> => planRead(range, await rolledDaysIn(range));
  const raw = <Row extends pg.QueryResultRow>(sql: string, ranges: readonly TimeRange[], scope: LocaleScope) =>
    Promise.all(ranges.map((part) => run<Row>(pool, sql, { ...part, ...localeParams(scope) })));
  const rolled = <Row extends pg.QueryResultRow>(sql: string, stretches: ReadPlan['rolled'], scope: LocaleScope) =>
    Promise.all(stretches.map((stretch) => run<Row>(pool, sql, { ...stretch, ...localeParams(scope) })));

  const withUpkeepClient = <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => inTransaction(upkeepPool, work);

  const rollupCompletedDays = async (now: number): Promise<number> => {
    const done = new Set((await pool.query<{ day: string }>('SELECT day FROM rolled_days')).rows.map((row) => row.day));
    let count = 0;
    for (const day of await partitions.list('events')) {
      if (day + DAY_MS + ROLLUP_GRACE_MS > now || done.has(utcDate(day))) continue;
      if (await withUpkeepClient((client) => rollupDayPostgres(client, day))) count += 1;
    }
    return count;
  };

  const isUnavailable = (error: unknown): boolean => {
    const fault = postgresFaultOf(error);
    return fault !== undefined && fault !== 'corrupt';
  };

  const store: AnalyticsStore & { readonly pool: pg.Pool } = {
    engine: 'postgres',
    location: shown,
    pool,
    async commitGroup(writes, dropped) {
      await guard(async () => {
        const times: number[] = [];
        const clientTimes: number[] = [];
        for (const rows of writes) {
          for (const row of rows) {
            times.push(row.received_at);
            if (row.event_id) clientTimes.push(row.ts);
          }
        }
        await partitions.ensure('events', times);
        await partitions.ensure('event_ids', clientTimes);
        await saveEventsPostgres(pool, writes, dropped);
      });
    },
    async commitOne(rows) {
      await store.commitGroup([rows], []);
    },
    commitWindowMs: options.commitWindowMs ?? 1,
    isUnavailable,
    outbox: postgresOutbox(pool, { partitions, guard, isUnavailable }),
    saltFor(dayStart) {
      return guard(() => dailySaltPostgres(pool, dayStart));
    },
    listArticleStats: (range) =>
      guard(async () => {
        const { rolled: days, raw: parts } = await plan(range);
        const rows = [...(await rolled<ArticleCounts & pg.QueryResultRow>(LIST_ROLLED_ARTICLE_STATS, days, range)), ...(await raw<ArticleCounts & pg.QueryResultRow>(LIST_RAW_ARTICLE_STATS, parts, range))].flat();
        return sumCountsBy(rows, 'article', ARTICLE_COUNTS);
      }),
    listSearchStats: (range) =>
      guard(async () => {
        const { rolled: days, raw: parts } = await plan(range);
        const rows = [...(await rolled<QueryCounts & pg.QueryResultRow>(LIST_ROLLED_SEARCH_STATS, days, range)), ...(await raw<QueryCounts & pg.QueryResultRow>(LIST_RAW_SEARCH_STATS, parts, range))].flat();
        return sumCountsBy(rows, 'query', QUERY_COUNTS);
      }),
    countSessionOutcomes: (range) =>
      guard(async () => {
        const { rolled: days, raw: parts } = await plan(range);
        const counts: SessionOutcomeCounts = emptyCounts();
        for (const rows of await raw<{ outcome: keyof SessionOutcomeCounts; sessions: number }>(COUNT_RAW_SESSION_OUTCOMES, parts, range)) {
          for (const row of rows) counts[row.outcome] += row.sessions;
        }
        for (const [row] of await rolled<SessionOutcomeCounts>(COUNT_ROLLED_SESSION_OUTCOMES, days, range)) {
          for (const outcome of sessionOutcomes) counts[outcome] += row?.[outcome] ?? 0;
        }
        return counts;
      }),
    listDroppedCounts: (range) =>
      guard(async () => {
        const result = await pool.query<DroppedTotal>(
          'SELECT reason, SUM(requests) AS requests, SUM(events) AS events FROM daily_dropped_counts WHERE day >= $1 AND day <= $2 GROUP BY reason ORDER BY reason',
          [utcDate(range.from), utcDate(Math.max(range.from, range.to - 1))],
        );
        return result.rows;
      }),
    countEventsByHour: (range) => guard(() => run<HourCounts & pg.QueryResultRow>(pool, COUNT_EVENTS_BY_HOUR, range)),
    listVoteFeedback: (range) => guard(() => run<VoteFeedback & pg.QueryResultRow>(pool, LIST_VOTE_FEEDBACK, range)),
    listZeroResultFollowUps: (range, windowMs) =>
      guard(async () => {
        const searches = await run<ZeroResultSearch & pg.QueryResultRow>(pool, ZERO_RESULT_SEARCHES, range);
        if (searches.length === 0) return [];
        const sessions = [...new Set(searches.map((search) => search.session))];
        const views = await run<FollowingView & pg.QueryResultRow>(pool, FOLLOWING_VIEWS_OF_SESSIONS, { ...followingViewsBounds(searches, range.to, windowMs), sessions });
        return matchFollowUps(searches, views, windowMs);
      }),
    async *listEvents(options = {}) {
      const from = options.from ?? 0;
      const to = options.to ?? Number.MAX_SAFE_INTEGER;
      const pageSize = options.pageSize ?? 1000;
      let after = options.sinceId ?? 0;
      // Settled rows only: those of transactions older than every one still running. Ids are drawn in
      // transaction order (kb_save_events), so what is returned is a prefix by id and nothing commits behind it.
      const sql = `SELECT ${eventColumns.join(', ')} FROM events
        WHERE id > $1 AND received_at >= $2 AND received_at < $3 AND tx < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY id LIMIT $4`;
      for (;;) {
        const rows = await guard(async () => (await pool.query<StoredEvent & pg.QueryResultRow>(sql, [after, from, to, pageSize])).rows);
        yield* rows;
        const last = rows.at(-1);
        if (last === undefined || rows.length < pageSize) return;
        after = last.id;
      }
    },
    countPrunable: (before) =>
      guard(async () => {
        const cutoff = utcDayStart(before);
        const row = (await pool.query<{ events: number; days: number }>(COUNT_BEFORE.replace('?', '$1'), [cutoff])).rows[0];
        return { before: cutoff, days: row?.days ?? 0, events: row?.events ?? 0 };
      }),
    prune: (before, onDay) =>
      guard(async () => {
        const cutoff = utcDayStart(before);
        const result: PruneResult = { before: cutoff, days: 0, events: 0 };
        for (const day of await partitions.list('events')) {
          if (day >= cutoff) break;
          const events = await withUpkeepClient(async (client) => {
            // A short lock timeout: dropping a partition waits for report queries on it, and writes would queue behind.
            await client.query("SET LOCAL lock_timeout = '10s'");
            await rollupDayPostgres(client, day);
            await foldRareQueries(client, day);
            const count = (await client.query<{ n: number }>(`SELECT count(*) AS n FROM ${partitionName('events', day)}`)).rows[0]?.n ?? 0;
            await client.query(`DROP TABLE ${partitionName('events', day)}`);
            return count;
          });
          partitions.forget('events', day);
          if (events > 0) {
            result.days += 1;
            result.events += events;
          }
          onDay?.(day);
        }
        return result;
      }),
    maintain: (now) =>
      guard(async () => {
        const today = utcDayStart(now);
        const skewDays = Math.ceil(skewMs / DAY_MS);
        await partitions.ensure('events', [today, today + DAY_MS]);
        const clientDays: number[] = [];
        for (let offset = -skewDays; offset <= skewDays + 1; offset++) clientDays.push(today + offset * DAY_MS);
        await partitions.ensure('event_ids', clientDays);
        await deleteOldSalts(pool, today);
        // A retry older than the clock skew is refused, so its key is no longer needed.
        for (const day of await partitions.list('event_ids')) {
          if (day + DAY_MS >= now - skewMs - DAY_MS) break;
          await pool.query(`DROP TABLE IF EXISTS ${partitionName('event_ids', day)}`);
          partitions.forget('event_ids', day);
        }
        return { rolledUp: await rollupCompletedDays(now) };
      }),
    async checkAtStart() {
      return probePostgres(pool, shown);
    },
    createHealth(options) {
      return createPostgresHealth(pool, shown, options?.now);
    },
    async close() {
      await pool.end();
      await upkeepPool.end();
    },
  };
  return store;
}

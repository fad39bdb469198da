/**
 * Per-query search totals for a time range. Queries are grouped case-folded
 * (`fold_query`). A session counts once per query for the click-through
 * rate: `clicked_sessions / sessions`.
 */
import type { Database } from 'better-sqlite3';
import { LOCALE_MATCHES, withLocaleParams, type StatsRange } from './locale-filter.ts';
import { rollupDays } from './rollup-days.ts';
import { useSqlFunctions } from './sql-functions.ts';
import { prepared } from './statement-cache.ts';
import { sumCountsBy } from './sum-counts-by.ts';

/** The query of the rollup row that sums a day's rare queries (see `rollup-day.ts`): counted in totals, never listed. */
export const RARE_QUERIES = '';

/** The additive counts for one query, as stored in `daily_search_stats`. */
export interface QueryCounts {
  query: string;
  searches: number;
  zero_result_searches: number;
  /** Sessions that searched for it. */
  sessions: number;
  /** Of those, sessions that clicked a result for it. */
  clicked_sessions: number;
  clicks: number;
}

/** Per-query counts over the raw events in [@from, @to); the SQL runs on both engines. */
export const LIST_RAW_SEARCH_STATS = `
  WITH per_session AS (
    SELECT fold_query(query) AS query,
      SUM(CASE WHEN type = 'search' THEN 1 ELSE 0 END) AS searches,
      SUM(CASE WHEN type = 'search' AND results = 0 THEN 1 ELSE 0 END) AS zero_result_searches,
      SUM(CASE WHEN type = 'search_click' THEN 1 ELSE 0 END) AS clicks
    FROM events
    WHERE type IN ('search', 'search_click') AND received_at >= @from AND received_at < @to AND ${LOCALE_MATCHES}
    GROUP BY session, fold_query(query)
  )
  SELECT query, SUM(searches) AS searches, SUM(zero_result_searches) AS zero_result_searches,
    SUM(CASE WHEN searches > 0 THEN 1 ELSE 0 END) AS sessions,
    SUM(CASE WHEN searches > 0 AND clicks > 0 THEN 1 ELSE 0 END) AS clicked_sessions, SUM(clicks) AS clicks
  FROM per_session GROUP BY query ORDER BY query`;

export const QUERY_COUNTS = ['searches', 'zero_result_searches', 'sessions', 'clicked_sessions', 'clicks'] as const;

/** Per-query sums of the daily rollups of [@fromDay, @toDay). */
export const LIST_ROLLED_SEARCH_STATS = `
  SELECT query, SUM(searches) AS searches, SUM(zero_result_searches) AS zero_result_searches,
    SUM(sessions) AS sessions, SUM(clicked_sessions) AS clicked_sessions, SUM(clicks) AS clicks
  FROM daily_search_stats WHERE day >= @fromDay AND day < @toDay AND ${LOCALE_MATCHES}
  GROUP BY query ORDER BY query`;

/** Per-query counts from the raw events of `range` only (what a rollup stores), sorted by query. */
export function listRawSearchStats(db: Database, range: StatsRange): QueryCounts[] {
  return prepared<[object], QueryCounts>(useSqlFunctions(db), LIST_RAW_SEARCH_STATS).all(withLocaleParams(range));
}

/** Per-query counts for `range`, from raw events and the rollups of pruned days, sorted by query. */
export function listSearchStats(db: Database, range: StatsRange): QueryCounts[] {
  const rolled = prepared<[object], QueryCounts>(db, LIST_ROLLED_SEARCH_STATS).all(withLocaleParams({ ...range, ...rollupDays(range) }));
  return sumCountsBy([...rolled, ...listRawSearchStats(db, range)], 'query', QUERY_COUNTS);
}

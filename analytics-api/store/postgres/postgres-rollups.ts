/**
 * Daily rollups on PostgreSQL. Once a UTC day is over (and a grace period
 * has passed for commits in flight), its raw events are summed into the
 * daily tables — the same queries and tables as SQLite's prune-time rollup
 * — and the day is recorded in `rolled_days`. The read API then reads those
 * days from the rollups and only the rest of a range (today, a partial
 * first day) from raw events, so a 90-day report reads about 90 rows per
 * article instead of every event. Raw events stay for the export and for
 * retention; when a day is pruned, its rare queries are folded into one row
 * as on SQLite (`foldRareQueries`).
 *
 * A day is rolled up once: the `rolled_days` row and the sums commit
 * together, under an advisory lock, whichever instance gets there first.
 */
import type pg from 'pg';
import { COUNT_RAW_SESSION_OUTCOMES } from '../../db/count-session-outcomes.ts';
import { LIST_RAW_ARTICLE_STATS, type ArticleCounts } from '../../db/list-article-stats.ts';
import { LIST_RAW_SEARCH_STATS, RARE_QUERIES, type QueryCounts } from '../../db/list-search-stats.ts';
import { ADD_ARTICLE_DAY, ADD_SESSION_DAY, MIN_QUERY_VISITORS, QUERY_VISITORS } from '../../db/rollup-day.ts';
import { sessionOutcomes, type SessionOutcome } from '../../db/session-outcomes-sql.ts';
import { DAY_LOCALES, localeParams, rollupLocaleScope } from '../../db/locale-filter.ts';
import type { TimeRange } from '../../db/time-range.ts';
import { DAY_MS, utcDate } from '../../db/utc-day.ts';
import { toPositional } from './named-params.ts';
import { LOCKS } from './postgres-locks.ts';

/** How long after midnight UTC a day is rolled up: commits of requests received before midnight have landed by then. */
export const ROLLUP_GRACE_MS = 5 * 60_000;

const ADD_SEARCH_DAY = `
  INSERT INTO daily_search_stats (day, locale, query, searches, zero_result_searches, sessions, clicked_sessions, clicks, visitors)
  VALUES (@day, @locale, @query, @searches, @zero_result_searches, @sessions, @clicked_sessions, @clicks, @visitors)
  ON CONFLICT (day, locale, query) DO UPDATE SET
    searches = daily_search_stats.searches + excluded.searches,
    zero_result_searches = daily_search_stats.zero_result_searches + excluded.zero_result_searches,
    sessions = daily_search_stats.sessions + excluded.sessions,
    clicked_sessions = daily_search_stats.clicked_sessions + excluded.clicked_sessions,
    clicks = daily_search_stats.clicks + excluded.clicks,
    visitors = daily_search_stats.visitors + excluded.visitors`;

/** Runs a query file's named-parameter SQL on `client`. */
export async function run<Row extends pg.QueryResultRow>(client: pg.Pool | pg.PoolClient, sql: string, params: object): Promise<Row[]> {
  const { text, values } = toPositional(sql, params);
  return (await client.query<Row>(text, values)).rows;
}

/**
 * Rolls up the day starting at `dayStart` unless it is rolled up already;
 * runs in the caller's transaction on `client`. Returns whether it did.
 */
export async function rollupDayPostgres(client: pg.PoolClient, dayStart: number): Promise<boolean> {
  const day = utcDate(dayStart);
  await client.query('SELECT pg_advisory_xact_lock($1)', [LOCKS.rollup]);
  const claimed = await client.query('INSERT INTO rolled_days (day, rolled_at) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING RETURNING day', [day, Date.now()]);
  if (claimed.rowCount === 0) return false;
  const range: TimeRange = { from: dayStart, to: dayStart + DAY_MS };
  // Each locale of the day on its own rows, as on SQLite (`db/rollup-day.ts`).
  for (const { locale } of await run<{ locale: string }>(client, DAY_LOCALES, range)) {
    const scope = { ...range, ...localeParams(rollupLocaleScope(locale)) };
    for (const row of await run<ArticleCounts & pg.QueryResultRow>(client, LIST_RAW_ARTICLE_STATS, scope)) {
      await run(client, ADD_ARTICLE_DAY, { ...row, day, locale });
    }
    const visitors = new Map((await run<{ query: string; visitors: number }>(client, QUERY_VISITORS, scope)).map((row) => [row.query, row.visitors]));
    for (const row of await run<QueryCounts & pg.QueryResultRow>(client, LIST_RAW_SEARCH_STATS, scope)) {
      await run(client, ADD_SEARCH_DAY, { ...row, day, locale, visitors: visitors.get(row.query) ?? 0 });
    }
    const outcomes: Record<SessionOutcome, number> = { self_served: 0, deflected_at_contact: 0, abandoned_contact: 0, contacted: 0 };
    for (const row of await run<{ outcome: SessionOutcome; sessions: number }>(client, COUNT_RAW_SESSION_OUTCOMES, scope)) outcomes[row.outcome] = row.sessions;
    const sessions = sessionOutcomes.reduce((sum, outcome) => sum + outcomes[outcome], 0);
    if (sessions > 0) await run(client, ADD_SESSION_DAY, { day, locale, sessions, ...outcomes });
  }
  return true;
}

const FOLD_RARE = `
  WITH rare AS (
    DELETE FROM daily_search_stats WHERE day = $1 AND query <> $2 AND visitors < $3 RETURNING *
  )
  INSERT INTO daily_search_stats (day, locale, query, searches, zero_result_searches, sessions, clicked_sessions, clicks, visitors)
  SELECT $1, locale, $2, SUM(searches), SUM(zero_result_searches), SUM(sessions), SUM(clicked_sessions), SUM(clicks), 0 FROM rare GROUP BY locale
  ON CONFLICT (day, locale, query) DO UPDATE SET
    searches = daily_search_stats.searches + excluded.searches,
    zero_result_searches = daily_search_stats.zero_result_searches + excluded.zero_result_searches,
    sessions = daily_search_stats.sessions + excluded.sessions,
    clicked_sessions = daily_search_stats.clicked_sessions + excluded.clicked_sessions,
    clicks = daily_search_stats.clicks + excluded.clicks`;

/** When a day's raw events go, a query fewer than two visitors typed keeps its counts in the day's rare row, not its words. */
export async function foldRareQueries(client: pg.PoolClient, dayStart: number): Promise<void> {
  await client.query(FOLD_RARE, [utcDate(dayStart), RARE_QUERIES, MIN_QUERY_VISITORS]);
}

/** How a range is read: whole rolled-up days from the rollups, the rest from raw events. */
export interface ReadPlan {
  /** Stretches of consecutive rolled-up days, as [fromDay, toDay) dates. */
  rolled: Array<{ fromDay: string; toDay: string }>;
  /** Stretches of time read from raw events. */
  raw: TimeRange[];
}

/** Splits `range` by which of its whole days are among `rolledDays` (YYYY-MM-DD, any order). */
export function planRead(range: TimeRange, rolledDays: Iterable<string>): ReadPlan {
  const plan: ReadPlan = { rolled: [], raw: [] };
  const addRaw = (from: number, to: number) => {
    if (from >= to) return;
    const last = plan.raw.at(-1);
    if (last !== undefined && last.to === from) last.to = to;
    else plan.raw.push({ from, to });
  };
  const starts = [...new Set(rolledDays)]
    .map((day) => Date.parse(`${day}T00:00:00Z`))
    .filter((start) => start >= range.from && start + DAY_MS <= range.to)
    .sort((a, b) => a - b);
  let cursor = range.from;
  for (const start of starts) {
    addRaw(cursor, start);
    const last = plan.rolled.at(-1);
    if (last !== undefined && last.toDay === utcDate(start)) last.toDay = utcDate(start + DAY_MS);
    else plan.rolled.push({ fromDay: utcDate(start), toDay: utcDate(start + DAY_MS) });
    cursor = start + DAY_MS;
  }
  addRaw(cursor, range.to);
  return plan;
}

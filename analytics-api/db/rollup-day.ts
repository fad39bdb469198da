/**
 * Adds one UTC day of raw events to the daily rollup tables. The same query
 * functions that answer the stats endpoints compute the rollup, so the
 * numbers for a day do not change when its raw events are pruned — with one
 * exception for privacy: a query typed by fewer than
 * {@link MIN_QUERY_VISITORS} visitors that day is what one person wrote, so
 * its words are not kept past retention; its counts go into one row with an
 * empty query (`RARE_QUERIES`), which totals include and lists leave out.
 * Each locale of the day is rolled up on its own rows (see
 * `locale-filter.ts`), so the split by locale survives the raw events too.
 */
import type { Database } from 'better-sqlite3';
import { countRawSessionOutcomes } from './count-session-outcomes.ts';
import { listRawArticleStats, type ArticleCounts } from './list-article-stats.ts';
import { listRawSearchStats, RARE_QUERIES, type QueryCounts } from './list-search-stats.ts';
import { useSqlFunctions } from './sql-functions.ts';
import { DAY_LOCALES, LOCALE_MATCHES, rollupLocaleScope, withLocaleParams } from './locale-filter.ts';
import { prepared } from './statement-cache.ts';
import type { TimeRange } from './time-range.ts';
import { DAY_MS, utcDate } from './utc-day.ts';

/** Adds one day's counts for an article (the SQL runs on both engines). */
export const ADD_ARTICLE_DAY = `
  INSERT INTO daily_article_stats (day, locale, article, views, visitors, votes_up, votes_down, sessions, deflected_sessions, contact_after_view)
  VALUES (@day, @locale, @article, @views, @visitors, @votes_up, @votes_down, @sessions, @deflected_sessions, @contact_after_view)
  ON CONFLICT (day, locale, article) DO UPDATE SET
    views = daily_article_stats.views + excluded.views, visitors = daily_article_stats.visitors + excluded.visitors,
    votes_up = daily_article_stats.votes_up + excluded.votes_up, votes_down = daily_article_stats.votes_down + excluded.votes_down,
    sessions = daily_article_stats.sessions + excluded.sessions, deflected_sessions = daily_article_stats.deflected_sessions + excluded.deflected_sessions,
    contact_after_view = daily_article_stats.contact_after_view + excluded.contact_after_view`;

/** Adds one day's counts for a query. */
export const ADD_SEARCH_DAY = `
  INSERT INTO daily_search_stats (day, locale, query, searches, zero_result_searches, sessions, clicked_sessions, clicks)
  VALUES (@day, @locale, @query, @searches, @zero_result_searches, @sessions, @clicked_sessions, @clicks)
  ON CONFLICT (day, locale, query) DO UPDATE SET
    searches = daily_search_stats.searches + excluded.searches, zero_result_searches = daily_search_stats.zero_result_searches + excluded.zero_result_searches,
    sessions = daily_search_stats.sessions + excluded.sessions, clicked_sessions = daily_search_stats.clicked_sessions + excluded.clicked_sessions,
    clicks = daily_search_stats.clicks + excluded.clicks`;

/** Visitors that must have typed a query on a day for its words to outlive the raw events. */
export const MIN_QUERY_VISITORS = 2;

/** Distinct visitors per folded query over [@from, @to). */
export const QUERY_VISITORS = `
  SELECT fold_query(query) AS query, COUNT(DISTINCT visitor) AS visitors FROM events
  WHERE type IN ('search', 'search_click') AND received_at >= @from AND received_at < @to AND ${LOCALE_MATCHES}
  GROUP BY fold_query(query)`;

/** Adds one day's session outcomes. */
export const ADD_SESSION_DAY = `
  INSERT INTO daily_session_stats (day, locale, sessions, self_served, deflected_at_contact, contacted, abandoned_contact)
  VALUES (@day, @locale, @sessions, @self_served, @deflected_at_contact, @contacted, @abandoned_contact)
  ON CONFLICT (day, locale) DO UPDATE SET
    sessions = daily_session_stats.sessions + excluded.sessions, self_served = daily_session_stats.self_served + excluded.self_served,
    deflected_at_contact = daily_session_stats.deflected_at_contact + excluded.deflected_at_contact,
    contacted = daily_session_stats.contacted + excluded.contacted, abandoned_contact = daily_session_stats.abandoned_contact + excluded.abandoned_contact`;

/** Rolls up the UTC day starting at `dayStart`; the caller runs it in the transaction that deletes the day's raw events. */
export function rollupDay(db: Database, dayStart: number): void {
  const day = utcDate(dayStart);
  const range = { from: dayStart, to: dayStart + DAY_MS };
  for (const locale of prepared<[typeof range], string>(db, DAY_LOCALES).pluck().all(range)) {
    rollupLocaleDay(db, day, { ...range, ...rollupLocaleScope(locale) });
  }
}

function rollupLocaleDay(db: Database, day: string, scope: TimeRange & ReturnType<typeof rollupLocaleScope>): void {
  const { locale } = scope;
  const addArticle = prepared<[ArticleCounts & { day: string; locale: string }]>(db, ADD_ARTICLE_DAY);
  for (const row of listRawArticleStats(db, scope)) addArticle.run({ ...row, day, locale });
  const addSearch = prepared<[QueryCounts & { day: string; locale: string }]>(db, ADD_SEARCH_DAY);
  const visitors = new Map(prepared<[object], { query: string; visitors: number }>(useSqlFunctions(db), QUERY_VISITORS).all(withLocaleParams(scope)).map((r) => [r.query, r.visitors]));
  const rare: QueryCounts = { query: RARE_QUERIES, searches: 0, zero_result_searches: 0, sessions: 0, clicked_sessions: 0, clicks: 0 };
  for (const row of listRawSearchStats(db, scope)) {
    if ((visitors.get(row.query) ?? 0) >= MIN_QUERY_VISITORS) {
      addSearch.run({ ...row, day, locale });
      continue;
    }
    rare.searches += row.searches;
    rare.zero_result_searches += row.zero_result_searches;
    rare.sessions += row.sessions;
    rare.clicked_sessions += row.clicked_sessions;
    rare.clicks += row.clicks;
  }
  if (rare.searches + rare.clicks > 0) addSearch.run({ ...rare, day, locale });
  const outcomes = countRawSessionOutcomes(db, scope);
  const sessions = outcomes.self_served + outcomes.deflected_at_contact + outcomes.contacted + outcomes.abandoned_contact;
  if (sessions > 0) prepared(db, ADD_SESSION_DAY).run({ day, locale, sessions, ...outcomes });
}

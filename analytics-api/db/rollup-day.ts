/**
 * Adds one UTC day of raw events to the daily rollup tables. The same query
 * functions that answer the stats endpoints compute the rollup, so the
 * numbers for a day do not change when its raw events are pruned.
 */
import type { Database } from 'better-sqlite3';
import { countRawSessionOutcomes } from './count-session-outcomes.ts';
import { listRawArticleStats, type ArticleCounts } from './list-article-stats.ts';
import { listRawSearchStats, type QueryCounts } from './list-search-stats.ts';
import { prepared } from './statement-cache.ts';
import { DAY_MS, utcDate } from './utc-day.ts';

const ADD_ARTICLE_DAY = `
  INSERT INTO daily_article_stats (day, article, views, visitors, votes_up, votes_down, sessions, deflected_sessions, contact_after_view)
  VALUES (@day, @article, @views, @visitors, @votes_up, @votes_down, @sessions, @deflected_sessions, @contact_after_view)
  ON CONFLICT (day, article) DO UPDATE SET
    views = views + excluded.views, visitors = visitors + excluded.visitors,
    votes_up = votes_up + excluded.votes_up, votes_down = votes_down + excluded.votes_down,
    sessions = sessions + excluded.sessions, deflected_sessions = deflected_sessions + excluded.deflected_sessions,
    contact_after_view = contact_after_view + excluded.contact_after_view`;

const ADD_SEARCH_DAY = `
  INSERT INTO daily_search_stats (day, query, searches, zero_result_searches, sessions, clicked_sessions, clicks)
  VALUES (@day, @query, @searches, @zero_result_searches, @sessions, @clicked_sessions, @clicks)
  ON CONFLICT (day, query) DO UPDATE SET
    searches = searches + excluded.searches, zero_result_searches = zero_result_searches + excluded.zero_result_searches,
    sessions = sessions + excluded.sessions, clicked_sessions = clicked_sessions + excluded.clicked_sessions,
    clicks = clicks + excluded.clicks`;

const ADD_SESSION_DAY = `
  INSERT INTO daily_session_stats (day, sessions, self_served, deflected_at_contact, contacted, abandoned_contact)
  VALUES (@day, @sessions, @self_served, @deflected_at_contact, @contacted, @abandoned_contact)
  ON CONFLICT (day) DO UPDATE SET
    sessions = sessions + excluded.sessions, self_served = self_served + excluded.self_served,
    deflected_at_contact = deflected_at_contact + excluded.deflected_at_contact,
    contacted = contacted + excluded.contacted, abandoned_contact = abandoned_contact + excluded.abandoned_contact`;

/** Rolls up the UTC day starting at `dayStart`; the caller runs it in the transaction that deletes the day's raw events. */
export function rollupDay(db: Database, dayStart: number): void {
  const range = { from: dayStart, to: dayStart + DAY_MS };
  const day = utcDate(dayStart);
  const addArticle = prepared<[ArticleCounts & { day: string }]>(db, ADD_ARTICLE_DAY);
  for (const row of listRawArticleStats(db, range)) addArticle.run({ ...row, day });
  const addSearch = prepared<[QueryCounts & { day: string }]>(db, ADD_SEARCH_DAY);
  for (const row of listRawSearchStats(db, range)) addSearch.run({ ...row, day });
  const outcomes = countRawSessionOutcomes(db, range);
  const sessions = outcomes.self_served + outcomes.deflected_at_contact + outcomes.contacted + outcomes.abandoned_contact;
  if (sessions > 0) prepared(db, ADD_SESSION_DAY).run({ day, sessions, ...outcomes });
}

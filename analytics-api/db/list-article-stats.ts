/**
 * Per-article totals for a time range: views, unique visitors, votes, and
 * the deflection outcome of the sessions that viewed the article.
 *
 * Unique visitors are counted per day (the visitor hash changes daily by
 * design, so nobody can be followed across days) and summed over the range.
 */
import type { Database } from 'better-sqlite3';
import { LOCALE_MATCHES, withLocaleParams, type StatsRange } from './locale-filter.ts';
import { rollupDays } from './rollup-days.ts';
import { SESSION_OUTCOMES_CTE } from './session-outcomes-sql.ts';
import { prepared } from './statement-cache.ts';
import { sumCountsBy } from './sum-counts-by.ts';

/** The additive counts for one article, as stored in `daily_article_stats`. */
export interface ArticleCounts {
  article: string;
  views: number;
  visitors: number;
  votes_up: number;
  votes_down: number;
  /** Sessions that viewed the article. */
  sessions: number;
  /** Of those, sessions that were self-served or deflected at contact. */
  deflected_sessions: number;
  /** Of those, sessions that opened contact after viewing it. */
  contact_after_view: number;
}

/** Per-article counts over the raw events in [@from, @to); the SQL runs on both engines. */
export const LIST_RAW_ARTICLE_STATS = `
  WITH ${SESSION_OUTCOMES_CTE},
  first_views AS (
    SELECT session, article, MIN(ts) AS first_view FROM events
    WHERE type = 'view' AND received_at >= @from AND received_at < @to AND ${LOCALE_MATCHES}
    GROUP BY session, article
  ),
  article_sessions AS (
    SELECT v.article,
      COUNT(*) AS sessions,
      SUM(CASE WHEN o.outcome IN ('self_served', 'deflected_at_contact') THEN 1 ELSE 0 END) AS deflected_sessions,
      SUM(CASE WHEN o.last_open >= v.first_view THEN 1 ELSE 0 END) AS contact_after_view
    FROM first_views v JOIN session_outcomes o USING (session)
    GROUP BY v.article
  ),
  article_counts AS (
    SELECT article,
      SUM(CASE WHEN type = 'view' THEN 1 ELSE 0 END) AS views,
      COUNT(DISTINCT CASE WHEN type = 'view' THEN (received_at / 86400000) || ' ' || visitor END) AS visitors,
      SUM(CASE WHEN type = 'vote' AND vote = 'up' THEN 1 ELSE 0 END) AS votes_up,
      SUM(CASE WHEN type = 'vote' AND vote = 'down' THEN 1 ELSE 0 END) AS votes_down
    FROM events
    WHERE type IN ('view', 'vote') AND article IS NOT NULL AND received_at >= @from AND received_at < @to AND ${LOCALE_MATCHES}
    GROUP BY article
  )
  SELECT c.article, c.views, c.visitors, c.votes_up, c.votes_down,
    COALESCE(s.sessions, 0) AS sessions,
    COALESCE(s.deflected_sessions, 0) AS deflected_sessions,
    COALESCE(s.contact_after_view, 0) AS contact_after_view
  FROM article_counts c LEFT JOIN article_sessions s USING (article)
  ORDER BY c.article`;

export const ARTICLE_COUNTS = ['views', 'visitors', 'votes_up', 'votes_down', 'sessions', 'deflected_sessions', 'contact_after_view'] as const;

/** Per-article sums of the daily rollups of [@fromDay, @toDay). */
export const LIST_ROLLED_ARTICLE_STATS = `
  SELECT article, SUM(views) AS views, SUM(visitors) AS visitors, SUM(votes_up) AS votes_up, SUM(votes_down) AS votes_down,
    SUM(sessions) AS sessions, SUM(deflected_sessions) AS deflected_sessions, SUM(contact_after_view) AS contact_after_view
  FROM daily_article_stats WHERE day >= @fromDay AND day < @toDay AND ${LOCALE_MATCHES}
  GROUP BY article ORDER BY article`;

/** Per-article counts from the raw events of `range` only (what a rollup stores), sorted by article. */
export function listRawArticleStats(db: Database, range: StatsRange): ArticleCounts[] {
  return prepared<[object], ArticleCounts>(db, LIST_RAW_ARTICLE_STATS).all(withLocaleParams(range));
}

/** Per-article counts for `range`, from raw events and the rollups of pruned days, sorted by article. */
export function listArticleStats(db: Database, range: StatsRange): ArticleCounts[] {
  const rolled = prepared<[object], ArticleCounts>(db, LIST_ROLLED_ARTICLE_STATS).all(withLocaleParams({ ...range, ...rollupDays(range) }));
  return sumCountsBy([...rolled, ...listRawArticleStats(db, range)], 'article', ARTICLE_COUNTS);
}

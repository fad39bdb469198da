/**
 * The weekly report's split by language: views, votes, searches and
 * deflection per locale of the help center, from the warehouse's pulled
 * events. It runs the analytics service's own per-locale queries
 * (`analytics-api/db/`), which read the same columns, so a locale's figures
 * here are the ones `GET /api/stats/*?locale=` gives for the same days.
 * Events without a locale (pages of old builds) count as the default's.
 */
import type { Database } from 'better-sqlite3';
import { countRawSessionOutcomes } from '../../analytics-api/db/count-session-outcomes.ts';
import { listRawArticleStats } from '../../analytics-api/db/list-article-stats.ts';
import { listRawSearchStats } from '../../analytics-api/db/list-search-stats.ts';
import { share } from '../../analytics-api/routes/stats.ts';
import { languageName } from '../../plugins/locale/language-codes.ts';

/** One locale's week. */
export interface LocaleSplitRow {
  locale: string;
  /** "German", for the tables. */
  language: string;
  views: number;
  votes_up: number;
  votes_down: number;
  /** votes_up / all votes; null without votes. */
  helpful_share: number | null;
  searches: number;
  zero_result_searches: number;
  zero_result_rate: number | null;
  /** Sessions counted for deflection (see the read API's definition). */
  sessions: number;
  /** Self-served plus deflected at contact, over sessions; null without sessions. */
  deflection_rate: number | null;
}

/** Each of `locales` (the default first) over received times [from, to). */
export function countLocaleSplit(db: Database, period: { from: Date; to: Date }, locales: readonly string[]): LocaleSplitRow[] {
  const defaultLocale = locales[0] ?? 'en';
  return locales.map((locale) => {
    const scope = { from: period.from.getTime(), to: period.to.getTime(), locale, defaultLocale };
    const articles = listRawArticleStats(db, scope);
    const views = sum(articles.map((a) => a.views));
    const votesUp = sum(articles.map((a) => a.votes_up));
    const votesDown = sum(articles.map((a) => a.votes_down));
    const queries = listRawSearchStats(db, scope);
    const searches = sum(queries.map((q) => q.searches));
    const zero = sum(queries.map((q) => q.zero_result_searches));
    const outcomes = countRawSessionOutcomes(db, scope);
    const sessions = outcomes.self_served + outcomes.deflected_at_contact + outcomes.contacted + outcomes.abandoned_contact;
    return {
      locale,
      language: languageName(locale),
      views,
      votes_up: votesUp,
      votes_down: votesDown,
      helpful_share: share(votesUp, votesUp + votesDown),
      searches,
      zero_result_searches: zero,
      zero_result_rate: share(zero, searches),
      sessions,
      deflection_rate: share(outcomes.self_served + outcomes.deflected_at_contact, sessions),
    };
  });
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

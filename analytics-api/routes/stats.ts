/**
 * The read API's reports (bearer token required, see `require-token.ts`):
 * `/api/stats/articles`, `/api/stats/searches`, `/api/stats/deflection`
 * and `/api/stats/dropped`, each over `?from&to` (see `range-query.ts`).
 * The first three also take `?locale=` (one of the config's locales): the
 * counts of that locale's pages only, events without a locale counting as
 * the default's. Rates are null when there is nothing to divide by.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { RARE_QUERIES, type QueryCounts } from '../db/list-search-stats.ts';
import { describeRange, rangeOf, rangeQuerySchema } from '../http/range-query.ts';
import type { StatsRange } from '../db/locale-filter.ts';
import { ApiError } from '../http/api-error.ts';
import type { AnalyticsStore } from '../store/analytics-store.ts';
import { validQuery } from './query-validator.ts';

export interface StatsRouteOptions {
  store: AnalyticsStore;
  now: () => number;
  /** The help center's locales, the default first; `?locale=` must be one of them. Undefined: any code, English the default. */
  locales?: readonly string[] | undefined;
}

/** The deflection target of a well-kept help center (PLAYBOOK §1.5). */
export const DEFLECTION_TARGET = 0.4;

const DEFLECTION_DEFINITION =
  'Per session (one browser tab, sessionStorage id): self_served = viewed an article and never opened contact; ' +
  'deflected_at_contact = opened contact, clicked a suggested article, did not submit; contacted = submitted the contact form; ' +
  'abandoned_contact = opened contact, clicked nothing, did not submit. deflection = self_served + deflected_at_contact. ' +
  'Sessions with neither an article view nor a contact event are not counted. Bots and browsers sending DNT/GPC are not counted.';

export function statsRoute(options: StatsRouteOptions): Hono<AppEnv> {
  const { store, now } = options;
  const locales = options.locales;
  const defaultLocale = locales?.[0] ?? 'en';
  /** The range and locale a validated query asks for; a locale the help center does not have is a 400. */
  const scopeOf = (query: { from?: number | undefined; to?: number | undefined; locale?: string | undefined }): StatsRange => {
    if (query.locale !== undefined && locales !== undefined && !locales.includes(query.locale)) {
      throw new ApiError(400, 'invalid_query', `query.locale: "${query.locale}" is not a locale of this help center (${locales.join(', ')}): use one of them, or leave locale out for all.`);
    }
    return { ...rangeOf(query, now()), locale: query.locale ?? null, defaultLocale };
  };
  const describe = (range: StatsRange) => ({ ...describeRange(range), locale: range.locale ?? null });
  return new Hono<AppEnv>()
    .get('/articles', validQuery(rangeQuerySchema), async (c) => {
      const range = scopeOf(c.req.valid('query'));
      const articles = (await store.listArticleStats(range))
        .map((row) => ({
          article: row.article,
          views: row.views,
          visitors: row.visitors,
          votes_up: row.votes_up,
          votes_down: row.votes_down,
          helpful_share: share(row.votes_up, row.votes_up + row.votes_down),
          sessions: row.sessions,
          contact_after_view: row.contact_after_view,
          deflected_sessions: row.deflected_sessions,
          deflection_rate: share(row.deflected_sessions, row.sessions),
        }))
        .sort((a, b) => b.views - a.views || compare(a.article, b.article));
      return c.json({ ...describe(range), articles });
    })
    .get('/searches', validQuery(rangeQuerySchema), async (c) => {
      const query = c.req.valid('query');
      const range = scopeOf(query);
      const limit = query.limit ?? 20;
      const rows = await store.listSearchStats(range);
      const total = rows.reduce(
        (sum, row) => ({
          searches: sum.searches + row.searches,
          zero: sum.zero + row.zero_result_searches,
          sessions: sum.sessions + row.sessions,
          clicked: sum.clicked + row.clicked_sessions,
          clicks: sum.clicks + row.clicks,
        }),
        { searches: 0, zero: 0, sessions: 0, clicked: 0, clicks: 0 },
      );
      // Rare queries of pruned days count in the totals; their words were not kept.
      const withSearches = rows.filter((row) => row.searches > 0 && row.query !== RARE_QUERIES);
      return c.json({
        ...describe(range),
        totals: {
          searches: total.searches,
          zero_result_searches: total.zero,
          zero_result_rate: share(total.zero, total.searches),
          search_sessions: total.sessions,
          clicked_sessions: total.clicked,
          click_through_rate: share(total.clicked, total.sessions),
          clicks: total.clicks,
        },
        top_queries: [...withSearches].sort(bySearches).slice(0, limit).map(describeQuery),
        zero_result_queries: withSearches
          .filter((row) => row.zero_result_searches > 0)
          .sort((a, b) => b.zero_result_searches - a.zero_result_searches || compare(a.query, b.query))
          .slice(0, limit)
          .map((row) => ({ query: row.query, searches: row.zero_result_searches })),
      });
    })
    .get('/deflection', validQuery(rangeQuerySchema), async (c) => {
      const range = scopeOf(c.req.valid('query'));
      const counts = await store.countSessionOutcomes(range);
      const sessions = counts.self_served + counts.deflected_at_contact + counts.abandoned_contact + counts.contacted;
      const rate = (count: number) => ({ count, rate: share(count, sessions) });
      return c.json({
        ...describe(range),
        sessions,
        deflection: rate(counts.self_served + counts.deflected_at_contact),
        self_served: rate(counts.self_served),
        deflected_at_contact: rate(counts.deflected_at_contact),
        contacted: rate(counts.contacted),
        abandoned_contact: rate(counts.abandoned_contact),
        target: DEFLECTION_TARGET,
        measured_as: DEFLECTION_DEFINITION,
      });
    })
    .get('/dropped', validQuery(rangeQuerySchema), async (c) => {
      const query = c.req.valid('query');
      if (query.locale !== undefined) {
        throw new ApiError(400, 'invalid_query', 'query.locale: dropped requests are counted before their events are read, so not per locale: leave locale out.');
      }
      const range = rangeOf(query, now());
      return c.json({ ...describeRange(range), dropped: await store.listDroppedCounts(range) });
    });
}

/** part / whole rounded to four decimals; null when there is nothing to divide by. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function bySearches(a: QueryCounts, b: QueryCounts): number {
  return b.searches - a.searches || compare(a.query, b.query);
}

function describeQuery(row: QueryCounts) {
  return {
    query: row.query,
    searches: row.searches,
    zero_result_searches: row.zero_result_searches,
    sessions: row.sessions,
    clicked_sessions: row.clicked_sessions,
    click_through_rate: share(row.clicked_sessions, row.sessions),
    clicks: row.clicks,
  };
}

/**
 * The KB owner's dashboard data (bearer token required, like the read API;
 * the `/admin/` page of the site signs in with it):
 * - `GET /api/admin/overview`: this week and last (see `dashboard-overview.ts`);
 * - `GET /api/admin/charts?theme=light|dark`: the same as SVG charts;
 * - `GET /api/admin/hygiene`: the latest weekly report's hygiene findings by owner;
 * - `GET /api/admin/reports`: the weekly reports, newest first;
 * - `GET /api/admin/reports/<ISO week>/<report.html | support-report.html>`: one report.
 * Nothing here is cached by browsers or proxies.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { sitePaths } from '../../site/lib/site-paths.ts';
import { dashboardCharts } from '../admin/dashboard-charts.ts';
import { dashboardOverview } from '../admin/dashboard-overview.ts';
import { articleIndex } from '../admin/kb-article-index.ts';
import { latestHygiene, listWeeklyReports, readWeeklyReport } from '../admin/weekly-reports.ts';
import type { AppEnv } from '../app-env.ts';
import { ApiError } from '../http/api-error.ts';
import type { AnalyticsStore } from '../store/analytics-store.ts';
import { validQuery } from './query-validator.ts';

/** What the dashboard reads: the store, and files beside it. */
export interface AdminRouteOptions {
  /** The analytics store, on either engine. */
  store: AnalyticsStore;
  now: () => number;
  /** The KB folder, for article titles and keywords; without it articles show by slug. */
  contentDir?: string;
  /** Where `kb weekly` writes (`reports.out_dir`). */
  reportsDir?: string;
  /** `reports.timezone`: the team's weeks and days. */
  timezone: string;
  /** `search.synonyms`, for the "add synonym" hints. */
  synonyms: ReadonlyArray<readonly string[]>;
  language: string;
  /** The site's base path ("/" or "/help/"), for article links. */
  basePath: string;
}

const themeQuery = z.strictObject({ theme: z.enum(['light', 'dark']).default('light') });

export function adminRoute(options: AdminRouteOptions): Hono<AppEnv> {
  const articles = articleIndex(options.contentDir, options.now);
  const paths = sitePaths(options.basePath);
  const overview = () =>
    dashboardOverview({
      store: options.store,
      now: options.now(),
      zone: options.timezone,
      articles: articles(),
      synonyms: options.synonyms,
      language: options.language,
      articleUrl: (slug) => paths.article(slug),
    });
  return new Hono<AppEnv>()
    .use(async function noStore(c, next) {
      await next();
      c.header('Cache-Control', 'no-store');
    })
    .get('/overview', async (c) => c.json(await overview()))
    .get('/charts', validQuery(themeQuery), async (c) => {
      const { theme } = c.req.valid('query');
      return c.json({ theme, charts: await dashboardCharts(await overview(), latestHygiene(options.reportsDir), theme) });
    })
    .get('/hygiene', (c) => {
      const hygiene = latestHygiene(options.reportsDir);
      return c.json(hygiene ?? { week: null, generated_at: null, findings: [], owners: [] });
    })
    .get('/reports', (c) => c.json({ reports: listWeeklyReports(options.reportsDir) }))
    .get('/reports/:week/:file', (c) => {
      const { week, file } = c.req.param();
      const html = readWeeklyReport(options.reportsDir, week, file);
      if (html === undefined) {
        throw new ApiError(404, 'report_not_found', `No report ${week.slice(0, 20)}/${file.slice(0, 40)}: GET /api/admin/reports lists the weeks and files there are.`);
      }
      // Opened on its own, the report still runs nothing and loads nothing.
      c.header('Content-Security-Policy', "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:");
      return c.html(html);
    });
}

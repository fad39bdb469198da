/**
 * The dashboard's endpoints on both engines (a real SQLite file, and a
 * database in the run's PostgreSQL cluster): behind the read token,
 * this week against last in the team's time zone, what to do about each
 * search that found nothing, the unhelpful articles with reasons and
 * comments, charts in both colour schemes, and the weekly reports (hygiene
 * by owner from the latest report's JSON, one report's HTML).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../analytics-api/app.ts';
import { htmlPage } from '../../../scripts/reports/html.ts';
import { testedEngines, useEngineStore, type EngineStore } from '../helpers/engine-database.ts';
import { requesters, testSettings, type TestApp } from '../helpers/test-app.ts';

// A Wednesday afternoon in Chicago: this week began on Monday 2025-11-17 at 06:00 UTC.
const NOW = Date.parse('2025-11-19T18:00:00Z');
const LAST_WEEK = Date.parse('2025-11-12T17:00:00Z');
const HOUR = 3_600_000;

type DashboardApp = Pick<TestApp, 'post' | 'get' | 'clock'>;

function kbWithArticles(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-admin-kb-'));
  mkdirSync(path.join(dir, 'articles/how-to'), { recursive: true });
  writeFileSync(path.join(dir, 'articles/how-to/reset-your-password.mdx'), '---\ntitle: Reset your password\nowner: sam\nkeywords: [forgot password]\n---\n\n## Quick answer\n\nClick Forgot password.\n');
  writeFileSync(path.join(dir, 'articles/how-to/swap-a-shift.mdx'), '---\ntitle: Swap a shift\nowner: li\nkeywords: [shift swap]\n---\n\n## Quick answer\n\nOpen the shift.\n');
  return dir;
}

function reportsFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-admin-reports-'));
  for (const week of ['2025-W45', '2025-W46']) {
    mkdirSync(path.join(dir, week));
    writeFileSync(path.join(dir, week, 'report.html'), htmlPage(`Weekly KB report ${week}`, `<h1>Weekly KB report ${week}</h1>`));
    const owners = week === '2025-W46' ? [{ owner: 'sam', findings: 2, by_kind: { stale: 1, unhelpful: 1 } }] : [{ owner: 'li', findings: 1, by_kind: { stale: 1 } }];
    const findings = owners.flatMap((o) => Array.from({ length: o.findings }, (_, i) => ({ kind: i === 0 ? 'stale' : 'unhelpful', article: 'reset-your-password', title: 'Reset your password', owner: o.owner, file: 'articles/how-to/reset-your-password.mdx', evidence: 'Last updated 120 days ago.', action: 'Check it against the product.', details: [] })));
    writeFileSync(path.join(dir, week, 'report.json'), JSON.stringify({ week, hygiene: { generated_at: '2025-11-17T06:00:00Z', articles: 2, has_analytics: true, releases: null, notes: [], findings, owners } }));
  }
  writeFileSync(path.join(dir, '2025-W46', 'support-report.html'), htmlPage('Support report', '<h1>Support report</h1>'));
  return dir;
}

function dashboardAppOn(on: EngineStore, options: { content?: string; reports?: string } = {}): DashboardApp {
  const clock = { now: NOW };
  const app = createApp({
    store: on.store,
    settings: testSettings(),
    now: () => clock.now,
    logError: () => {},
    dashboard: { contentDir: options.content, reportsDir: options.reports, timezone: 'America/Chicago', synonyms: [['shift swap', 'trade shift']], language: 'en', basePath: '/' },
  });
  return { clock, ...requesters(app) };
}

let client = 0;
async function postAt(test: DashboardApp, at: number, events: unknown[]): Promise<void> {
  test.clock.now = at;
  // Each post from its own address: the clock moves back and forth, which a rate limit would not forgive.
  client += 1;
  const response = await test.post(events.map((e) => ({ ts: at, ...(e as object) })), { ip: `198.51.100.${client % 250}` });
  expect(response.status).toBe(202);
}

const engines = testedEngines('dashboard API tests (PostgreSQL)');

describe.each(engines)('GET /api/admin/* on %s', (engine) => {
  const on = useEngineStore(engine);
  const dashboardApp = (options: { content?: string; reports?: string } = {}) => dashboardAppOn(on, options);

  it('needs the read token: none is 401, a wrong one 403', async () => {
    const test = dashboardApp();
    for (const endpoint of ['/api/admin/overview', '/api/admin/charts', '/api/admin/hygiene', '/api/admin/reports', '/api/admin/reports/2025-W46/report.html']) {
      const none = await test.get(endpoint, { token: null });
      expect(none.status, endpoint).toBe(401);
      expect(((await none.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
      expect((await test.get(endpoint, { token: 'not-the-token-at-all' })).status, endpoint).toBe(403);
    }
  });

  it('says there is nothing yet on an empty database and without reports', async () => {
    const test = dashboardApp();
    const overview = (await (await test.get('/api/admin/overview')).json()) as Record<string, unknown>;
    expect(overview).toMatchObject({ has_data: false, timezone: 'America/Chicago', top_searches: [], zero_result_searches: [], unhelpful_articles: [] });
    expect(overview.this_week).toMatchObject({ name: '2025-W47', from: '2025-11-17T06:00:00.000Z' });
    expect(overview.last_week).toMatchObject({ name: '2025-W46', from: '2025-11-10T06:00:00.000Z', to: '2025-11-17T06:00:00.000Z' });
    expect(await (await test.get('/api/admin/hygiene')).json()).toEqual({ week: null, generated_at: null, findings: [], owners: [] });
    expect(await (await test.get('/api/admin/reports')).json()).toEqual({ reports: [] });
    expect(((await (await test.get('/api/admin/charts')).json()) as { charts: object }).charts).toEqual({});
    expect((await test.get('/api/admin/overview')).headers.get('cache-control')).toBe('no-store');
  });

  it('compares this week with last, and says what to do about each search that found nothing', async () => {
    const test = dashboardApp({ content: kbWithArticles() });
    await postAt(test, LAST_WEEK, [
      { type: 'view', session: 'last-week-aaaa1', article: 'reset-your-password' },
      { type: 'search', session: 'last-week-aaaa1', query: 'forgot password', results: 3 },
    ]);
    // Two sessions search "exchange shifts", find nothing and open the article: a synonym to add.
    for (const session of ['exchange-aaaa1', 'exchange-aaaa2']) {
      await postAt(test, NOW - 3 * HOUR, [{ type: 'search', session, query: 'exchange shifts', results: 0 }]);
      await postAt(test, NOW - 3 * HOUR + 60_000, [{ type: 'view', session, article: 'swap-a-shift' }]);
    }
    await postAt(test, NOW - 2 * HOUR, [
      { type: 'search', session: 'bitcoin-aaaa1', query: 'Bitcoin payroll', results: 0 },
      { type: 'view', session: 'vote-aaaa1', article: 'reset-your-password' },
      { type: 'vote', session: 'vote-aaaa1', article: 'reset-your-password', vote: 'down', reason: 'outdated', comment: 'The button is called Reset now.' },
    ]);
    test.clock.now = NOW;
    const overview = (await (await test.get('/api/admin/overview')).json()) as {
      has_data: boolean;
      this_week: { totals: Record<string, number | null> };
      last_week: { totals: Record<string, number | null>; totals_so_far: Record<string, number | null> };
      by_day: Array<{ day: string; this_week: { views: number } | null; last_week: { views: number } }>;
      top_searches: Array<{ query: string; this_week: number; last_week: number }>;
      zero_result_searches: Array<{ query: string; this_week: number; hint: Record<string, unknown> }>;
      unhelpful_articles: Array<Record<string, unknown>>;
      deflection: { this_week: Record<string, { count: number }> };
    };
    expect(overview.has_data).toBe(true);
    expect(overview.this_week.totals).toMatchObject({ views: 3, searches: 3, zero_result_searches: 3, votes_down: 1, helpful_share: 0 });
    expect(overview.last_week.totals).toMatchObject({ views: 1, searches: 1, zero_result_searches: 0 });
    // Last week by this time: Monday to Wednesday 12:00 in Chicago, which holds the Wednesday 11:00 view.
    expect(overview.last_week.totals_so_far.views).toBe(1);
    expect(overview.by_day.map((d) => d.day)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(overview.by_day[2]).toMatchObject({ this_week: { views: 3 }, last_week: { views: 1 } });
    expect(overview.by_day[3]?.this_week).toBeNull(); // Thursday has not happened yet
    expect(overview.top_searches.map((s) => [s.query, s.this_week, s.last_week])).toEqual([
      ['exchange shifts', 2, 0],
      ['bitcoin payroll', 1, 0],
      ['forgot password', 0, 1],
    ]);
    expect(overview.zero_result_searches).toEqual([
      { query: 'exchange shifts', this_week: 2, last_week: 0, hint: { action: 'add-synonym', phrase: 'exchange shifts', group: ['shift swap', 'trade shift', 'exchange shifts'], joins: 0, article: 'swap-a-shift', title: 'Swap a shift', sessions: 2 } },
      { query: 'bitcoin payroll', this_week: 1, last_week: 0, hint: { action: 'create-article' } },
    ]);
    expect(overview.unhelpful_articles).toEqual([
      {
        article: 'reset-your-password',
        title: 'Reset your password',
        url: '/articles/reset-your-password/',
        owner: 'sam',
        this_week: { views: 1, votes_up: 0, votes_down: 1, helpful_share: 0 },
        last_week: { views: 1, votes_up: 0, votes_down: 0, helpful_share: null },
        reasons: { outdated: 1 },
        comments: [{ text: 'The button is called Reset now.', reason: 'outdated', at: new Date(NOW - 2 * HOUR).toISOString() }],
      },
    ]);
    expect(overview.deflection.this_week.self_served?.count).toBe(3);
  });

  it('draws the charts as SVG for a light or a dark page', async () => {
    const test = dashboardApp({ reports: reportsFolder() });
    await postAt(test, NOW - HOUR, [
      { type: 'view', session: 'chart-aaaa1', article: 'reset-your-password' },
      { type: 'search', session: 'chart-aaaa1', query: 'payroll', results: 0 },
    ]);
    test.clock.now = NOW;
    const light = (await (await test.get('/api/admin/charts?theme=light')).json()) as { charts: Record<string, string> };
    expect(Object.keys(light.charts).sort()).toEqual(['deflection', 'hygiene', 'searches', 'views', 'zero_results']);
    for (const svg of Object.values(light.charts)) expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const dark = (await (await test.get('/api/admin/charts?theme=dark')).json()) as { charts: Record<string, string> };
    expect(dark.charts.views).toContain('#121317');
    expect(light.charts.views).not.toContain('#121317');
    const bad = await test.get('/api/admin/charts?theme=neon');
    expect(bad.status).toBe(400);
  });

  it('reads hygiene by owner from the latest weekly report and serves the reports, nothing else', async () => {
    const test = dashboardApp({ reports: reportsFolder() });
    const hygiene = (await (await test.get('/api/admin/hygiene')).json()) as { week: string; owners: unknown[]; findings: unknown[] };
    expect(hygiene.week).toBe('2025-W46');
    expect(hygiene.owners).toEqual([{ owner: 'sam', findings: 2, by_kind: { stale: 1, unhelpful: 1 } }]);
    expect(hygiene.findings).toHaveLength(2);
    expect(await (await test.get('/api/admin/reports')).json()).toEqual({
      reports: [
        { week: '2025-W46', files: ['report.html', 'support-report.html'] },
        { week: '2025-W45', files: ['report.html'] },
      ],
    });
    const report = await test.get('/api/admin/reports/2025-W45/report.html');
    expect(report.status).toBe(200);
    expect(report.headers.get('content-type')).toMatch(/^text\/html/);
    expect(report.headers.get('content-security-policy')).toMatch(/^sandbox;/);
    expect(await report.text()).toContain('Weekly KB report 2025-W45');
    for (const bad of ['/api/admin/reports/2025-W45/report.json', '/api/admin/reports/2025-W44/report.html', '/api/admin/reports/..%2f..%2fetc/passwd', '/api/admin/reports/2025-W45/..%2freport.html']) {
      expect((await test.get(bad)).status, bad).toBe(404);
    }
  });
});

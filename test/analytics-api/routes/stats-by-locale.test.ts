/**
 * Events carry the page's locale: refused when the help center does not
 * publish it, stored with the event, kept through the daily rollup, and
 * counted per locale by `?locale=` on the read API (events without a
 * locale, and days rolled up before rollups had one, are the default's).
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../analytics-api/db/migrations.ts';
import { openDatabase } from '../../../analytics-api/db/open-database.ts';
import { pruneEvents, retentionCutoff } from '../../../analytics-api/db/prune-events.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

const NOW = Date.parse('2025-11-20T12:00:00Z');
const RANGE = '?from=2025-11-20&to=2025-11-20';
let t: TestApp;

beforeEach(async () => {
  t = createTestApp({ now: NOW, settings: { locales: { base: 'en', codes: ['en', 'de'] } } });
  const at = (offset: number) => NOW - 60_000 + offset;
  await t.post([
    { type: 'view', session: 'session-en1', ts: at(0), article: 'reset-your-password' },
    { type: 'view', session: 'session-en1', ts: at(1), article: 'reset-your-password', locale: 'en' },
  ], { ip: '203.0.113.1' });
  await t.post([
    { type: 'view', session: 'session-de1', ts: at(0), article: 'reset-your-password', locale: 'de' },
    { type: 'vote', session: 'session-de1', ts: at(1), article: 'reset-your-password', vote: 'down', reason: 'unclear', locale: 'de' },
    { type: 'search', session: 'session-de1', ts: at(2), query: 'passwort', results: 0, locale: 'de' },
  ], { ip: '203.0.113.2' });
  await t.post([{ type: 'search', session: 'session-de2', ts: at(0), query: 'passwort', results: 0, locale: 'de' }], { ip: '203.0.113.3' });
});
afterEach(() => t.close());

const json = async (response: Response) => {
  expect(response.status).toBe(200);
  return response.json() as Promise<Record<string, unknown>>;
};
const views = async (query: string) => ((await json(await t.get(`/api/stats/articles${RANGE}${query}`))).articles as Array<{ views: number; votes_down: number }>)[0];

describe('events with a locale', () => {
  it('stores the locale with the event, and refuses one the help center does not publish', async () => {
    expect(t.events().map((e) => e.locale)).toEqual([null, 'en', 'de', 'de', 'de', 'de']);
    const refused = await t.post([{ type: 'view', session: 'session-fr1', ts: NOW, article: 'reset-your-password', locale: 'fr' }]);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      'events[0].locale: "fr" is not a locale of this help center: send one of en, de (site.language and site.locales in kb.config.yaml), or leave it out for the default.',
    );
    expect(t.events()).toHaveLength(6);
  });

  it('counts one locale with ?locale=, the default one including events sent without a locale', async () => {
    expect(await views('')).toMatchObject({ views: 3, votes_down: 1 });
    expect(await views('&locale=en')).toMatchObject({ views: 2, votes_down: 0 });
    expect(await views('&locale=de')).toMatchObject({ views: 1, votes_down: 1 });
    const searches = await json(await t.get(`/api/stats/searches${RANGE}&locale=de`));
    expect(searches).toMatchObject({ locale: 'de', totals: { searches: 2, zero_result_searches: 2 } });
    expect((await json(await t.get(`/api/stats/searches${RANGE}&locale=en`))).totals).toMatchObject({ searches: 0 });
    const unknown = await t.get(`/api/stats/articles${RANGE}&locale=fr`);
    expect(unknown.status).toBe(400);
  });

  it('keeps the split after the day is rolled up and its raw events pruned', async () => {
    t.clock.now = Date.parse('2027-01-20T12:00:00Z');
    expect(pruneEvents(t.db, retentionCutoff(t.clock.now, 13))).toMatchObject({ days: 1, events: 6 });
    expect(await views('&locale=en')).toMatchObject({ views: 2, votes_down: 0 });
    expect(await views('&locale=de')).toMatchObject({ views: 1, votes_down: 1 });
    expect(t.db.prepare('SELECT locale, query FROM daily_search_stats ORDER BY locale, query').all()).toEqual([{ locale: 'de', query: 'passwort' }]);
  });
});

describe('migration 4', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kb-locale-migration-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the rollups of a version-3 database as the default locale\'s', () => {
    const file = path.join(dir, 'analytics.db');
    const old = new Database(file);
    for (const sql of migrations.slice(0, 3)) old.exec(sql);
    old.pragma('user_version = 3');
    old.prepare("INSERT INTO daily_article_stats (day, article, views) VALUES ('2024-01-02', 'reset-your-password', 7)").run();
    old.close();
    const db = openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
      expect(db.prepare('SELECT day, locale, article, views FROM daily_article_stats').all()).toEqual([{ day: '2024-01-02', locale: '', article: 'reset-your-password', views: 7 }]);
    } finally {
      db.close();
    }
  });
});

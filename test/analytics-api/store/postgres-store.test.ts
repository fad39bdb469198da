/**
 * What the PostgreSQL engine does beyond the shared contract: events live
 * in day partitions and retention drops whole ones; completed days are
 * rolled up so the read API reads the rollups; and the export holds back
 * rows of transactions that may still be overtaken, so an incremental
 * export by id never skips an event that another instance commits late.
 */
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../analytics-api/app.ts';
import { retentionCutoff } from '../../../analytics-api/db/prune-events.ts';
import type { AnalyticsStore } from '../../../analytics-api/store/analytics-store.ts';
import { openStore } from '../../../analytics-api/store/open-store.ts';
import { createTestPostgresDatabase, postgresAvailable, type TestPostgresDatabase } from '../../helpers/postgres-database.ts';
import { requesters, sampleEvents, testSettings } from '../helpers/test-app.ts';

const available = postgresAvailable('PostgreSQL engine tests');
const NOW = Date.parse('2025-11-20T12:00:00Z');
const DAY = 86_400_000;

describe.runIf(available)('the PostgreSQL store', () => {
  let database: TestPostgresDatabase;
  let store: AnalyticsStore;
  beforeAll(async () => {
    database = await createTestPostgresDatabase('kb_pgstore');
    store = await openStore(database.url);
  });
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });
  beforeEach(async () => {
    await database.query('TRUNCATE events, event_ids, daily_article_stats, daily_search_stats, daily_session_stats, daily_dropped_counts, rolled_days, daily_salts');
  });

  const app = (now = NOW) => requesters(createApp({ store, settings: testSettings(), now: () => now, logError: () => {} }));
  const partitions = async () =>
    (await database.query<{ name: string }>("SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'events'::regclass ORDER BY 1")).map((row) => row.name);
  const exportedIds = async (since = 0) =>
    (await (await app().get(`/api/export?since=${since}`)).text())
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { id: number }).id);

  it('writes each UTC day into its own partition and drops whole partitions past retention', async () => {
    const old = retentionCutoff(NOW, 13) - 2 * DAY;
    await app(old).post([sampleEvents(old).view]);
    await app(old + DAY).post([sampleEvents(old + DAY).view]);
    await app().post([sampleEvents(NOW).view]);
    const before = await partitions();
    expect(before).toEqual(expect.arrayContaining([`events_p${new Date(old).toISOString().slice(0, 10).replaceAll('-', '')}`, 'events_p20251120']));
    const result = await store.prune(retentionCutoff(NOW, 13));
    expect(result).toMatchObject({ days: 2, events: 2 });
    const after = await partitions();
    expect(after).not.toContain(before[0]);
    expect(after).toContain('events_p20251120');
    expect(await database.query('SELECT day FROM daily_article_stats ORDER BY day')).toHaveLength(2);
  });

  it('rolls completed days up once, and the read API then reads the rollups', async () => {
    const a = app();
    await a.post([sampleEvents(NOW).view, sampleEvents(NOW).search]);
    // The day is not over yet: nothing to roll up.
    expect(await store.maintain(NOW)).toEqual({ rolledUp: 0 });
    const rolled = await store.maintain(NOW + DAY);
    expect(rolled.rolledUp).toBeGreaterThanOrEqual(1);
    expect(await database.query("SELECT day FROM rolled_days WHERE day = '2025-11-20'")).toHaveLength(1);
    // A second instance's upkeep finds nothing left to do.
    const other = await openStore(database.url);
    expect(await other.maintain(NOW + DAY)).toEqual({ rolledUp: 0 });
    await other.close();
    // The day's raw rows no longer answer: the rollup does (a changed rollup row shows it).
    await database.query("UPDATE daily_article_stats SET views = 41 WHERE day = '2025-11-20'");
    const stats = (await (await a.get('/api/stats/articles?from=2025-11-20&to=2025-11-20')).json()) as { articles: Array<{ views: number }> };
    expect(stats.articles[0]?.views).toBe(41);
    // A range that cuts into the day reads its raw events.
    const partial = (await (await a.get(`/api/stats/articles?from=${NOW - 3_600_000}&to=${NOW + 3_600_000}`)).json()) as { articles: Array<{ views: number }> };
    expect(partial.articles[0]?.views).toBe(1);
  });

  it('holds back the export behind a transaction still running, then returns its rows without skipping one', async () => {
    const late = new pg.Client({ connectionString: database.url });
    await late.connect();
    try {
      await late.query('BEGIN');
      // Another instance's commit in flight: its event id is drawn, the commit has not landed.
      await late.query("SELECT kb_save_events(ARRAY[NULL]::text[], ARRAY['view'], ARRAY['late-session-01'], ARRAY['visitor-late'], ARRAY[$1::int8], ARRAY[$1::int8], ARRAY['reset-your-password'], ARRAY[NULL]::text[], ARRAY[NULL]::text[], ARRAY[NULL]::text[], ARRAY[NULL]::text[], ARRAY[NULL]::int4[], ARRAY[NULL]::int4[], ARRAY[NULL]::text[], ARRAY[NULL]::text[], ARRAY[]::text[], ARRAY[]::text[], ARRAY[]::int8[], ARRAY[]::int8[])", [NOW]);
      await app().post([sampleEvents(NOW).view]);
      expect(await exportedIds()).toEqual([]);
      await late.query('COMMIT');
    } finally {
      await late.end();
    }
    const ids = await exportedIds();
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBeLessThan(ids[1] ?? 0);
  });
});

/**
 * The analytics service's contract, held on both engines from one file:
 * valid and hostile requests, the read token, the stats and the export,
 * votes, retried batches, retention, the daily upkeep, privacy (the bytes
 * behind the database hold no address or user agent) and durability under
 * kill -9 with two instances on one database. PostgreSQL runs in the
 * test run's throwaway cluster; without one these cases skip with a
 * warning (KB_REQUIRE_POSTGRES=1 makes that a failure).
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../analytics-api/app.ts';
import { eventColumns, type StoredEvent } from '../../analytics-api/db/event-row.ts';
import { retentionCutoff } from '../../analytics-api/db/prune-events.ts';
import type { AnalyticsStore } from '../../analytics-api/store/analytics-store.ts';
import type { ServiceSettings } from '../../analytics-api/service-settings.ts';
import { testedEngines, useEngineStore } from './helpers/engine-database.ts';
import { hostile } from './helpers/hostile-requests.ts';
import { killServed, serve, waitFor, type Served } from './helpers/serve-process.ts';
import { BROWSER_UA, requesters, sampleEvents, testSettings, TOKEN, type TestApp } from './helpers/test-app.ts';

const NOW = Date.parse('2025-11-20T12:00:00Z');
const DAY = 86_400_000;
const PROBE_IP = '203.0.113.79';
const PROBE_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36 KbEngineProbe/7.3';

interface EngineApp extends Pick<TestApp, 'app' | 'post' | 'get' | 'clock'> {
  events(): Promise<StoredEvent[]>;
  json<T>(pathname: string): Promise<T>;
}

const engines = testedEngines('engine contract tests (PostgreSQL)');

describe.each(engines)('the analytics service on %s', (engine) => {
  const on = useEngineStore(engine);
  const extraStores: AnalyticsStore[] = [];

  afterEach(async () => {
    killServed();
    for (const extra of extraStores.splice(0)) await extra.close();
  });

  const events = async () => on.database.rows<StoredEvent>(`SELECT ${eventColumns.join(', ')} FROM events ORDER BY id`);

  function app(options: { settings?: Partial<ServiceSettings>; now?: number; on?: AnalyticsStore } = {}): EngineApp {
    const clock = { now: options.now ?? NOW };
    const created = createApp({ store: options.on ?? on.store, settings: testSettings(options.settings), now: () => clock.now, logError: () => {} });
    const requests = requesters(created);
    return {
      app: created,
      clock,
      ...requests,
      events,
      async json<T>(pathname: string) {
        const response = await requests.get(pathname);
        expect(response.status, pathname).toBe(200);
        return (await response.json()) as T;
      },
    };
  }

  /** A second instance: its own store (connections, caches) on the same on.database. */
  async function secondInstance(options: { settings?: Partial<ServiceSettings>; now?: number } = {}): Promise<EngineApp> {
    const other = await on.database.open();
    extraStores.push(other);
    return app({ ...options, on: other });
  }

  it('accepts a batch of every event type and stores each field under its contract column', async () => {
    const a = app();
    const e = sampleEvents(NOW - 500);
    const response = await a.post(Object.values(e));
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ accepted: 6 });
    const exported = (await (await a.get('/api/export')).text()).trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(exported.map((row) => row.type)).toEqual(['view', 'vote', 'search', 'search_click', 'contact_open', 'contact_submit']);
    for (const row of exported) expect(Object.keys(row)).toEqual([...eventColumns]);
    expect(exported[1]).toMatchObject({ type: 'vote', session: e.vote.session, ts: NOW - 500, received_at: NOW, article: 'reset-your-password', vote: 'down', reason: 'unclear', comment: 'Step 3 is confusing', query: null });
    expect(exported[3]).toMatchObject({ type: 'search_click', query: 'invoice', article: 'download-invoices', position: 2, results: null });
    expect(exported[1]?.vote_key).toMatch(/^[\w-]{22}$/);
    expect(new Set(exported.map((row) => row.visitor)).size).toBe(1);
    expect(exported).toEqual(await events());
  });

  it.each(hostile)('refuses $name with $status $code and stores nothing', async ({ status, code, send }) => {
    const a = app();
    const response = await send(a);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body).toEqual({ error: { code, message: expect.any(String) } });
    expect(body.error.message).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await events()).toHaveLength(0);
  });

  it('opens the read API with the token only', async () => {
    const a = app();
    expect((await a.get('/api/stats/articles', { token: null })).status).toBe(401);
    expect((await a.get('/api/export', { token: 'not-the-token-0123456789' })).status).toBe(403);
    expect((await a.get('/api/stats/articles')).status).toBe(200);
    const closed = app({ settings: { token: undefined } });
    expect((await closed.get('/api/stats/deflection')).status).toBe(403);
  });

  it('stores a batch sent again once, whichever instance it reaches; events without an id are stored each time', async () => {
    const a = app();
    const b = await secondInstance();
    const e = sampleEvents(NOW);
    const batch = [
      { ...e.view, event_id: randomUUID() },
      { ...e.search, event_id: randomUUID() },
      { ...e.contact_open, event_id: randomUUID() },
    ];
    expect(await (await a.post(batch)).json()).toEqual({ accepted: 3 });
    expect((await a.post(batch)).status).toBe(202);
    expect((await b.post(batch)).status).toBe(202);
    // The same id twice in one batch, and in two batches committed together.
    const twice = { ...e.view, event_id: randomUUID() };
    await Promise.all([a.post([twice, twice]), a.post([twice])]);
    await a.post([e.view]);
    await b.post([e.view]);
    const stored = await events();
    expect(stored).toHaveLength(6);
    const ids = await on.database.rows<{ event_id: string | null }>('SELECT event_id FROM events ORDER BY id');
    expect(new Set(ids.map((row) => row.event_id).filter(Boolean)).size).toBe(4);
    const stats = await a.json<{ articles: Array<{ article: string; views: number }> }>('/api/stats/articles');
    expect(stats.articles).toEqual([expect.objectContaining({ article: 'reset-your-password', views: 4 })]);
  });

  it('answers the stats from what was stored: articles, searches, deflection, dropped', async () => {
    const a = app();
    const t = NOW - 60_000;
    const at = (offset: number) => t + offset;
    // s1 reads A and votes up: self-served. s2 opens contact, then clicks a suggestion: deflected at contact.
    await a.post([{ type: 'view', session: 'session-one-0001', ts: at(0), article: 'reset-your-password' }, { type: 'vote', session: 'session-one-0001', ts: at(1), article: 'reset-your-password', vote: 'up' }], { ip: '198.51.100.1' });
    await a.post([{ type: 'view', session: 'session-two-0002', ts: at(0), article: 'reset-your-password' }, { type: 'contact_open', session: 'session-two-0002', ts: at(5), article: 'reset-your-password' }, { type: 'search_click', session: 'session-two-0002', ts: at(9), query: 'Invoice', article: 'download-invoices', position: 1 }], { ip: '198.51.100.2' });
    // s3 reads B and submits the contact form: contacted. s4 searches twice (one query, two spellings), finds nothing. s5 opens contact and leaves.
    await a.post([{ type: 'view', session: 'session-three-03', ts: at(0), article: 'download-invoices' }, { type: 'contact_open', session: 'session-three-03', ts: at(3) }, { type: 'contact_submit', session: 'session-three-03', ts: at(4) }], { ip: '198.51.100.3' });
    await a.post([{ type: 'search', session: 'session-four-004', ts: at(0), query: 'Überstunden', results: 0 }, { type: 'search', session: 'session-four-004', ts: at(2), query: 'überstunden', results: 0 }, { type: 'search', session: 'session-four-004', ts: at(3), query: 'invoice', results: 4 }], { ip: '198.51.100.4' });
    await a.post([{ type: 'contact_open', session: 'session-five-005', ts: at(0) }], { ip: '198.51.100.5' });
    await a.post([{ type: 'view', session: 'session-six-0006', ts: at(0), article: 'reset-your-password' }], { headers: { dnt: '1' } });
    // A dropped request is counted after its answer: wait until the count is stored (a loaded PostgreSQL can take longer than a few ms).
    for (let tries = 0; tries < 200 && (await a.json<{ dropped: unknown[] }>('/api/stats/dropped')).dropped.length === 0; tries++) await new Promise((resolve) => setTimeout(resolve, 10));

    const articles = await a.json<{ articles: unknown[] }>('/api/stats/articles');
    expect(articles.articles).toEqual([
      { article: 'reset-your-password', views: 2, visitors: 2, votes_up: 1, votes_down: 0, helpful_share: 1, sessions: 2, contact_after_view: 1, deflected_sessions: 2, deflection_rate: 1 },
      { article: 'download-invoices', views: 1, visitors: 1, votes_up: 0, votes_down: 0, helpful_share: null, sessions: 1, contact_after_view: 1, deflected_sessions: 0, deflection_rate: 0 },
    ]);
    const searches = await a.json<{ totals: unknown; top_queries: unknown[]; zero_result_queries: unknown[] }>('/api/stats/searches');
    expect(searches.totals).toEqual({ searches: 3, zero_result_searches: 2, zero_result_rate: 0.6667, search_sessions: 2, clicked_sessions: 0, click_through_rate: 0, clicks: 1 });
    expect(searches.top_queries).toEqual([
      { query: 'überstunden', searches: 2, zero_result_searches: 2, sessions: 1, clicked_sessions: 0, click_through_rate: 0, clicks: 0 },
      { query: 'invoice', searches: 1, zero_result_searches: 0, sessions: 1, clicked_sessions: 0, click_through_rate: 0, clicks: 1 },
    ]);
    expect(searches.zero_result_queries).toEqual([{ query: 'überstunden', searches: 2 }]);
    const deflection = await a.json<Record<string, unknown>>('/api/stats/deflection');
    expect(deflection).toMatchObject({ sessions: 4, deflection: { count: 2, rate: 0.5 }, self_served: { count: 1 }, deflected_at_contact: { count: 1 }, contacted: { count: 1 }, abandoned_contact: { count: 1 } });
    const dropped = await a.json<{ dropped: unknown[] }>('/api/stats/dropped');
    expect(dropped.dropped).toEqual([{ reason: 'dnt', requests: 1, events: 1 }]);

    // The daily upkeep (rollups of completed days on PostgreSQL) changes no figure.
    await on.store.maintain(NOW + 2 * DAY);
    expect(await a.json('/api/stats/articles')).toEqual(articles);
    expect(await a.json('/api/stats/searches')).toEqual(searches);
    expect(await a.json('/api/stats/deflection')).toEqual(deflection);
    const wholeDays = '?from=2025-11-01&to=2025-11-30';
    const rolled = await a.json<{ articles: unknown[] }>(`/api/stats/articles${wholeDays}`);
    expect(rolled.articles).toEqual(articles.articles);
  });

  it('splits the stats by the locale of the page, events without one counting as the default locale, the same after the rollups', async () => {
    const old = retentionCutoff(NOW, 13) - 3 * DAY + 3_600_000;
    const a = app({ settings: { locales: ['en', 'de'] }, now: old });
    // An English reader (locale sent), a reader of a cached old page (none sent), and a German reader who searches,
    // finds nothing, opens contact and leaves; the German reader also searches a word the English one did.
    await a.post([{ type: 'view', session: 'session-en-00001', ts: old, article: 'reset-your-password', locale: 'en' }, { type: 'search', session: 'session-en-00001', ts: old + 1, query: 'Passwort', results: 2, locale: 'en' }], { ip: '198.51.100.21' });
    await a.post([{ type: 'view', session: 'session-old-0001', ts: old, article: 'download-invoices' }], { ip: '198.51.100.22' });
    await a.post(
      [
        { type: 'view', session: 'session-de-00001', ts: old, article: 'reset-your-password', locale: 'de' },
        { type: 'search', session: 'session-de-00001', ts: old + 1, query: 'Passwort', results: 0, locale: 'de' },
        { type: 'vote', session: 'session-de-00001', ts: old + 2, article: 'reset-your-password', vote: 'down', locale: 'de' },
        { type: 'contact_open', session: 'session-de-00001', ts: old + 3, locale: 'de' },
      ],
      { ip: '198.51.100.23' },
    );
    await a.post([{ type: 'search', session: 'session-de-00002', ts: old + 5, query: 'passwort', results: 0, locale: 'de' }], { ip: '198.51.100.24' });
    expect((await events()).map((row) => row.locale)).toEqual(['en', 'en', null, 'de', 'de', 'de', 'de', 'de']);

    const range = `from=${old - DAY}&to=${old + DAY}`;
    const read = async () => ({
      de: {
        articles: await a.json<{ locale: string; articles: unknown[] }>(`/api/stats/articles?${range}&locale=de`),
        searches: await a.json<{ totals: Record<string, number> }>(`/api/stats/searches?${range}&locale=de`),
        deflection: await a.json<Record<string, unknown>>(`/api/stats/deflection?${range}&locale=de`),
      },
      en: {
        articles: await a.json<{ articles: unknown[] }>(`/api/stats/articles?${range}&locale=en`),
        deflection: await a.json<Record<string, unknown>>(`/api/stats/deflection?${range}&locale=en`),
      },
      all: await a.json<{ locale: null; articles: Array<{ article: string; views: number }> }>(`/api/stats/articles?${range}`),
    });
    const before = await read();
    expect(before.de.articles.locale).toBe('de');
    expect(before.de.articles.articles).toEqual([
      { article: 'reset-your-password', views: 1, visitors: 1, votes_up: 0, votes_down: 1, helpful_share: 0, sessions: 1, contact_after_view: 1, deflected_sessions: 0, deflection_rate: 0 },
    ]);
    expect(before.de.searches.totals).toMatchObject({ searches: 2, zero_result_searches: 2, zero_result_rate: 1 });
    expect(before.de.deflection).toMatchObject({ sessions: 1, abandoned_contact: { count: 1 }, deflection: { count: 0 } });
    // The old page's view (no locale) is English's, the default.
    expect((before.en.articles.articles as Array<{ article: string }>).map((row) => row.article).sort()).toEqual(['download-invoices', 'reset-your-password']);
    expect(before.en.deflection).toMatchObject({ sessions: 2, self_served: { count: 2 } });
    expect(before.all.locale).toBeNull();
    expect(before.all.articles.find((row) => row.article === 'reset-your-password')?.views).toBe(2);

    // Rolled up (PostgreSQL's daily upkeep) and then pruned: the split is kept in the daily tables.
    a.clock.now = NOW;
    await on.store.maintain(NOW);
    expect(await read()).toEqual(before);
    await on.store.prune(retentionCutoff(NOW, 13));
    expect(await events()).toHaveLength(0);
    expect(await read()).toEqual(before);

    // A locale the help center does not have is refused, in events and in queries, with the ones it has.
    const refused = await a.post([{ type: 'view', session: 'session-fr-00001', ts: NOW, article: 'reset-your-password', locale: 'fr' }]);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('events[0].locale: \\"fr\\" is not a locale of this help center (en, de)');
    const badQuery = await a.get('/api/stats/articles?locale=fr');
    expect(badQuery.status).toBe(400);
    expect(JSON.stringify(await badQuery.json())).toContain('(en, de)');
    expect((await a.get('/api/stats/articles?locale=German')).status).toBe(400);
    expect((await a.get('/api/stats/dropped?locale=de')).status).toBe(400);
  });

  it('keeps one vote per address, article and day, and a changed vote replaces the old one (on PostgreSQL on any instance)', async () => {
    const a = app();
    // SQLite's salt lives in one process's memory: one instance per file is its deployment.
    const b = engine === 'postgres' ? await secondInstance() : a;
    const e = sampleEvents(NOW);
    const vote = (value: 'up' | 'down', extra: Record<string, unknown> = {}) => [{ ...e.vote, vote: value, reason: undefined, comment: undefined, ...extra }];
    await a.post(vote('up'));
    await b.post(vote('down', { reason: 'outdated' }));
    await a.post(vote('up', { article: 'download-invoices' }));
    await b.post(vote('up'), { ip: '203.0.113.70' });
    const votes = async () => (await events()).filter((row) => row.type === 'vote').map((row) => [row.article, row.vote, row.reason]);
    expect(await votes()).toEqual([
      ['reset-your-password', 'down', 'outdated'],
      ['download-invoices', 'up', null],
      ['reset-your-password', 'up', null],
    ]);
    // Two changes of mind in one batch: the last one counts.
    await a.post([...vote('down', { reason: 'unclear' }), ...vote('up')]);
    expect(await votes()).toEqual([
      ['download-invoices', 'up', null],
      ['reset-your-password', 'up', null],
      ['reset-your-password', 'up', null],
    ]);
  });

  it('exports raw events as NDJSON in id order and continues after an id', async () => {
    const a = app();
    for (let i = 0; i < 7; i++) await a.post([{ ...sampleEvents(NOW).view, session: `export-session-${i}` }]);
    const all = (await (await a.get('/api/export')).text()).trim().split('\n').map((line) => JSON.parse(line) as StoredEvent);
    expect(all.map((row) => row.session)).toEqual(Array.from({ length: 7 }, (_, i) => `export-session-${i}`));
    const ids = all.map((row) => row.id);
    expect([...ids].sort((x, y) => x - y)).toEqual(ids);
    const rest = (await (await a.get(`/api/export?since=${ids[3]}`)).text()).trim().split('\n').map((line) => JSON.parse(line) as StoredEvent);
    expect(rest.map((row) => row.id)).toEqual(ids.slice(4));
    expect(await (await a.get(`/api/export?since=${ids[6]}`)).text()).toBe('');
  });

  it('rolls days past retention up, deletes their raw events, and reports the same figures', async () => {
    const old = retentionCutoff(NOW, 13) - 3 * DAY + 3_600_000;
    const a = app({ now: old });
    const e = sampleEvents(old);
    await a.post([e.view, { ...e.vote, vote: 'up', reason: undefined, comment: undefined }, { ...e.search, query: 'payroll export' }], { ip: '198.51.100.10' });
    await a.post([{ ...e.view, session: 'session-old-0002' }, { ...e.search, session: 'session-old-0002', query: 'payroll export' }], { ip: '198.51.100.11' });
    await a.post([{ ...e.search, session: 'session-old-0003', query: 'my own secret words' }], { ip: '198.51.100.12' });
    a.clock.now = NOW;
    await a.post([sampleEvents(NOW).view]);
    const range = `?from=${old - DAY}&to=${old + DAY}`;
    const before = await a.json<{ articles: unknown[] }>(`/api/stats/articles${range}`);
    const searchesBefore = await a.json<{ totals: { searches: number }; top_queries: Array<{ query: string }> }>(`/api/stats/searches${range}`);
    expect(searchesBefore.top_queries.map((row) => row.query)).toEqual(['payroll export', 'my own secret words']);

    expect(await on.store.countPrunable(retentionCutoff(NOW, 13))).toMatchObject({ days: 1, events: 6 });
    const result = await on.store.prune(retentionCutoff(NOW, 13));
    expect(result).toMatchObject({ days: 1, events: 6 });
    const left = await events();
    expect(left).toHaveLength(1);
    expect(left[0]?.received_at).toBe(NOW);

    expect(await a.json(`/api/stats/articles${range}`)).toEqual(before);
    const after = await a.json<{ totals: { searches: number }; top_queries: Array<{ query: string }> }>(`/api/stats/searches${range}`);
    // A query one visitor typed keeps its counts in the totals, not its words.
    expect(after.totals).toEqual(searchesBefore.totals);
    expect(after.top_queries.map((row) => row.query)).toEqual(['payroll export']);
    expect(JSON.stringify(await on.database.rows('SELECT * FROM daily_search_stats'))).not.toContain('secret words');
    expect(await on.store.prune(retentionCutoff(NOW, 13))).toMatchObject({ days: 0, events: 0 });
  });

  it('never stores the client address or user agent: the bytes behind the database hold neither', async () => {
    const a = app({ settings: { trustedProxies: ['loopback'] }, now: Date.now() });
    const ts = Date.now();
    const batch = [
      { type: 'view', session: 'privacy-session-7', ts, article: 'reset-your-password', event_id: randomUUID() },
      { type: 'vote', session: 'privacy-session-7', ts, article: 'reset-your-password', vote: 'down', reason: 'other', comment: 'Engine privacy comment' },
      { type: 'search', session: 'privacy-session-7', ts, query: 'engine payroll probe', results: 0 },
    ];
    for (let i = 0; i < 10; i++) {
      expect((await a.post(batch, { ip: '127.0.0.1', headers: { 'user-agent': PROBE_UA, 'x-forwarded-for': PROBE_IP } })).status).toBe(202);
    }
    const bytes = await on.database.files();
    expect(bytes.includes('engine payroll probe')).toBe(true);
    for (const secret of [PROBE_IP, PROBE_UA, 'KbEngineProbe']) expect(bytes.includes(secret), secret).toBe(false);
    expect(bytes.includes(Buffer.from([203, 0, 113, 79]))).toBe(false);
  });

  // PostgreSQL only: SQLite keeps the salt in the one server's memory.
  if (engine === 'postgres') it('shares the daily salt between instances through one row for the day, deleted when the day ends', async () => {
    const a = app();
    const b = await secondInstance();
    await a.post([sampleEvents(NOW).view]);
    await b.post([sampleEvents(NOW).view]);
    const [first, second] = await events();
    expect(first?.visitor).toBe(second?.visitor);
    expect(await on.database.rows('SELECT day FROM daily_salts')).toEqual([{ day: '2025-11-20' }]);
    a.clock.now = NOW + DAY;
    await a.post([{ ...sampleEvents(NOW + DAY).view }]);
    const tomorrow = (await events()).at(-1);
    expect(tomorrow?.visitor).not.toBe(first?.visitor);
    expect(await on.database.rows('SELECT day FROM daily_salts')).toEqual([{ day: '2025-11-21' }]);
  });

  it('answers the health check', async () => {
    const response = await app().app.request('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('keeps every acknowledged event exactly once when one of two instances is killed with SIGKILL under load', async () => {
    const env = { KB_ANALYTICS_TOKEN: TOKEN };
    const [first, second] = await Promise.all([serve(on.database.location, env), serve(on.database.location, env)]);
    const instances: Served[] = [first, second];
    const alive = new Set<Served>(instances);
    const acknowledged = new Set<string>();
    let running = true;
    // Each client sends single-event batches with an event id, alternating instances, and sends a batch that got no 202 again elsewhere.
    const post = async (target: Served, body: string) => {
      try {
        const response = await fetch(new URL('/api/events', target.url), { method: 'POST', body, headers: { 'content-type': 'text/plain', 'user-agent': BROWSER_UA } });
        return response.status === 202;
      } catch {
        return false;
      }
    };
    const clients = Array.from({ length: 12 }, async (_, client) => {
      for (let i = 0; running; i++) {
        const id = randomUUID();
        const body = JSON.stringify([{ type: 'view', session: `durable-${client}-${i % 50}`, ts: Date.now(), article: 'reset-your-password', event_id: id }]);
        let target = instances[(client + i) % 2] as Served;
        for (let attempt = 0; attempt < 20; attempt++) {
          if (!alive.has(target)) target = [...alive][0] as Served;
          if (await post(target, body)) {
            acknowledged.add(id);
            break;
          }
          target = instances.find((instance) => instance !== target) as Served;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
    });
    await waitFor(() => acknowledged.size >= 600, 30_000);
    alive.delete(first);
    first.child.kill('SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    const atKill = acknowledged.size;
    await waitFor(() => acknowledged.size >= atKill + 300, 30_000);
    running = false;
    await Promise.all(clients);

    const stored = await on.database.rows<{ event_id: string; copies: number }>('SELECT event_id, COUNT(*) AS copies FROM events GROUP BY event_id');
    const copies = new Map(stored.map((row) => [row.event_id, Number(row.copies)]));
    expect([...acknowledged].filter((id) => copies.get(id) !== 1)).toEqual([]);
    // Stored but never acknowledged: only requests in flight when the instance died.
    expect(stored.length - acknowledged.size).toBeLessThanOrEqual(12);
    expect([...copies.values()].filter((count) => count > 1)).toEqual([]);

    // A restarted instance and the survivor read the same database alike.
    const restarted = await serve(on.database.location, env);
    const read = async (target: Served, pathname: string) => (await fetch(new URL(pathname, target.url), { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    const range = '?from=2020-01-01&to=2040-01-01';
    for (const pathname of [`/api/stats/articles${range}`, `/api/stats/deflection${range}`, `/api/stats/searches${range}`, '/api/export']) {
      const [x, y] = await Promise.all([read(second, pathname), read(restarted, pathname)]);
      expect(x, pathname).toBe(y);
    }
    const exported = (await read(second, '/api/export')).trim().split('\n');
    expect(exported).toHaveLength(stored.length);
  }, 120_000);
});

/**
 * PostgreSQL going wrong, for real: a server that refuses connections, a
 * wrong password, a database of another application or of a newer schema,
 * several instances migrating a new database at once, and the network
 * dropping mid-batch under load. At start `kb serve` exits 1 with the fix;
 * at run time events get 503 with Retry-After, `/api/health` says 503
 * database_unreachable, the process stays up and recovers by itself, and no
 * acknowledged event is lost.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../../analytics-api/db/migrations.ts';
import { startServer, type RunningServer } from '../../../analytics-api/server.ts';
import { openStore } from '../../../analytics-api/store/open-store.ts';
import { freePort } from '../../../scripts/bench/lib/postgres-cluster.ts';
import { createTestPostgresDatabase, postgresAvailable, type TestPostgresDatabase } from '../../helpers/postgres-database.ts';
import { runKb } from '../../helpers/run-kb.ts';
import { startTcpProxy, type TcpProxy } from '../../helpers/tcp-proxy.ts';
import { BROWSER_UA, testSettings } from '../helpers/test-app.ts';
import { SERVE_CONTENT } from '../helpers/serve-process.ts';

const available = postgresAvailable('PostgreSQL fault tests');

describe.runIf(available)('the analytics service when PostgreSQL goes wrong', () => {
  let database: TestPostgresDatabase;
  const cleanups: Array<() => Promise<void> | void> = [];
  beforeAll(async () => {
    database = await createTestPostgresDatabase('kb_faults');
  });
  afterAll(async () => {
    await database?.drop();
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  const serveOnce = (db: string) => runKb(['serve', '--no-site', '--port', '0', '--db', db, '--content', SERVE_CONTENT], { env: { KB_ANALYTICS_TOKEN: '' } });

  it('refuses to start when nothing listens, and says what to check', async () => {
    const port = await freePort();
    const result = await serveOnce(`postgres://kb:secret@127.0.0.1:${port}/analytics`);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`nothing accepts connections at 127.0.0.1:${port}`);
    expect(result.stderr).toMatch(/Fix: start PostgreSQL, or correct the host and port/);
    expect(result.stderr).not.toContain('secret');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a URL of another scheme and a URL without a database, before connecting', async () => {
    const mysql = await serveOnce('mysql://kb@127.0.0.1/analytics');
    expect(mysql.code).toBe(2);
    expect(mysql.stderr).toMatch(/is a mysql:\/\/ URL.*Fix: pass a file .* or postgres:\/\//);
    const noDb = await serveOnce('postgres://kb@127.0.0.1:5432');
    expect(noDb.code).toBe(2);
    expect(noDb.stderr).toMatch(/names no database/);
  });

  it('refuses a wrong password with the fix, without printing the password', async () => {
    const dataDir = database.dataDir;
    if (dataDir === undefined) return;
    await database.query("CREATE ROLE kb_pw_user LOGIN PASSWORD 'right-password'");
    const hba = path.join(dataDir, 'pg_hba.conf');
    const original = readFileSync(hba, 'utf8');
    writeFileSync(hba, `host all kb_pw_user 127.0.0.1/32 scram-sha-256\n${original}`);
    await database.query('SELECT pg_reload_conf()');
    cleanups.push(async () => {
      writeFileSync(hba, original);
      await database.query('SELECT pg_reload_conf()');
      await database.query('DROP ROLE IF EXISTS kb_pw_user');
    });
    const url = new URL(database.url);
    url.username = 'kb_pw_user';
    url.password = 'wrong-password';
    const result = await serveOnce(url.href);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/refused the login of kb_pw_user .*password authentication failed.*Fix: check the user and password/);
    expect(result.stderr).not.toContain('wrong-password');
    expect(result.stderr).toContain('kb_pw_user:***@');
  });

  it('refuses a database of another application, and one of a newer schema version', async () => {
    const foreign = await createTestPostgresDatabase('kb_foreign');
    cleanups.push(() => foreign.drop());
    await foreign.query('CREATE TABLE events (id serial PRIMARY KEY, payload jsonb)');
    const other = await serveOnce(foreign.url);
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/already has an events table but no schema_version.*Fix: give the analytics service a database of its own/);

    const newer = await createTestPostgresDatabase('kb_newer');
    cleanups.push(() => newer.drop());
    (await openStore(newer.url)).close();
    await newer.query('UPDATE schema_version SET version = 99');
    const result = await serveOnce(newer.url);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(String.raw`schema version 99, newer than this version of the help center knows \(${migrations.length}\)\. Fix: upgrade every instance`));
  });

  it('applies each migration once when several instances open a new database at the same moment', async () => {
    const fresh = await createTestPostgresDatabase('kb_fresh');
    cleanups.push(() => fresh.drop());
    const stores = await Promise.all(Array.from({ length: 5 }, () => openStore(fresh.url)));
    for (const store of stores) await store.close();
    expect(await fresh.query('SELECT version FROM schema_version')).toEqual([{ version: migrations.length }]);
    const tables = await fresh.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '%\\_p%' ORDER BY 1");
    expect(tables.map((row) => row.name)).toEqual(['contact_requests', 'daily_article_stats', 'daily_dropped_counts', 'daily_salts', 'daily_search_stats', 'daily_session_stats', 'event_ids', 'events', 'rolled_days', 'schema_version', 'service_checks']);
  });

  describe('when the connection is lost under load', () => {
    let proxy: TcpProxy;
    let server: RunningServer;
    const logged: unknown[] = [];
    beforeAll(async () => {
      proxy = await startTcpProxy(Number(new URL(database.url).port));
      const url = new URL(database.url);
      url.port = String(proxy.port);
      // One loopback client sends everything here: the per-client limits are set out of reach.
      const settings = testSettings({ rateLimit: { requestsPerMinute: 10_000_000, burst: 100_000 }, eventsPerDay: 10_000_000 });
      server = await startServer({ port: 0, db: url.href, site: false, settings, log: () => {}, logError: (error) => logged.push(error) });
    });
    afterAll(async () => {
      await server?.close();
      await proxy?.close();
    });

    const health = async () => {
      const response = await fetch(new URL('/api/health', server.url));
      return { status: response.status, body: (await response.json()) as { error?: { code: string; message: string } } };
    };
    const post = async (body: string) => {
      try {
        const response = await fetch(new URL('/api/events', server.url), { method: 'POST', body, headers: { 'content-type': 'text/plain', 'user-agent': BROWSER_UA } });
        await response.text();
        return { status: response.status, retryAfter: response.headers.get('retry-after') };
      } catch {
        return { status: 0, retryAfter: null };
      }
    };

    it('answers 503 with Retry-After and a 503 health check while the database is gone, and loses no acknowledged event', async () => {
      expect((await health()).status).toBe(200);
      const acknowledged = new Set<string>();
      const refused: Array<{ status: number; retryAfter: string | null }> = [];
      let running = true;
      const loops = Array.from({ length: 8 }, async (_, loop) => {
        for (let i = 0; running; i++) {
          const id = randomUUID();
          const answer = await post(JSON.stringify([{ type: 'view', session: `lost-${loop}-${i % 20}`, ts: Date.now(), article: 'reset-your-password', event_id: id }]));
          if (answer.status === 202) acknowledged.add(id);
          else refused.push(answer);
        }
      });
      const waitUntil = async (condition: () => boolean) => {
        for (let waited = 0; !condition(); waited += 10) {
          if (waited > 20_000) throw new Error('timed out');
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      };
      try {
        await waitUntil(() => acknowledged.size >= 200);
        await proxy.cut();
        const cutAt = refused.length;
        await waitUntil(() => refused.length >= cutAt + 20);
        const down = await health();
        expect(down.status).toBe(503);
        expect(down.body.error?.code).toBe('database_unreachable');
        expect(down.body.error?.message).toMatch(/Fix: start PostgreSQL/);
        await proxy.restore();
        const backAt = acknowledged.size;
        await waitUntil(() => acknowledged.size >= backAt + 200);
      } finally {
        running = false;
        await Promise.all(loops);
      }

      expect(refused.length).toBeGreaterThan(0);
      for (const answer of refused) expect(answer).toEqual({ status: 503, retryAfter: '5' });
      expect((await health()).status).toBe(200);
      const stored = await database.query<{ event_id: string }>('SELECT event_id FROM events');
      const ids = new Set(stored.map((row) => row.event_id));
      expect([...acknowledged].filter((id) => !ids.has(id))).toEqual([]);
      expect(stored.length).toBe(ids.size);
    });
  });
});

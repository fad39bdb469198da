import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EventRow } from '../../../analytics-api/db/event-row.ts';
import { openDatabase } from '../../../analytics-api/db/open-database.ts';
import { saveEvents } from '../../../analytics-api/db/save-events.ts';
import { startServer } from '../../../analytics-api/server.ts';
import { resolveSettings } from '../../../analytics-api/service-settings.ts';
import { parseConfig } from '../../../plugins/config/load-config.ts';
import { exportUrl, pullFromDatabase, pullFromService } from '../../../scripts/analytics-pull/pull-events.ts';
import { listWarehouseEvents } from '../../../scripts/warehouse/list-warehouse-events.ts';
import type { Warehouse } from '../../../scripts/warehouse/open-warehouse.ts';
import { viewRow } from '../../helpers/event-rows.ts';
import { createTempWarehouse, type TempWarehouse } from '../../helpers/temp-warehouse.ts';

const base = Date.parse('2026-03-02T09:00:00Z');
const row = (n: number, extra: Partial<EventRow> = {}): EventRow =>
  viewRow(base + n * 1000 + 20, { session: `session-${n}`, visitor: `visitor-${n % 4}`, ts: base + n * 1000, ...extra });

let temp: TempWarehouse;
let dir: string;
let warehouse: Warehouse;
beforeEach(() => {
  temp = createTempWarehouse('kb-pull-');
  ({ dir, db: warehouse } = temp);
});
afterEach(() => temp.close());

function analyticsDb(rows: EventRow[]): string {
  const file = path.join(dir, 'analytics.db');
  const db = openDatabase(file);
  saveEvents(db, rows);
  db.close();
  return file;
}

describe('pull from the analytics database', () => {
  it('copies every event, then only newer ones, and never duplicates', async () => {
    const file = analyticsDb([row(1), row(2, { type: 'vote', vote: 'down', reason: 'unclear', comment: 'too long' }), row(3, { type: 'search', article: null, query: 'dark mode', results: 0 })]);
    const first = await pullFromDatabase(warehouse, file, { batchSize: 2 });
    expect(first).toMatchObject({ read: 3, inserted: 3 });
    const stored = listWarehouseEvents(warehouse);
    expect(stored.map((e) => e.type)).toEqual(['view', 'vote', 'search']);
    expect(stored[1]).toMatchObject({ vote: 'down', reason: 'unclear', comment: 'too long', visitor: 'visitor-2' });

    const db = openDatabase(file);
    saveEvents(db, [row(4), row(5)]);
    db.close();
    const second = await pullFromDatabase(warehouse, file);
    expect(second).toMatchObject({ read: 2, inserted: 2, last_id: first.last_id + 2 });
    const third = await pullFromDatabase(warehouse, file);
    expect(third).toMatchObject({ read: 0, inserted: 0, last_id: second.last_id });
    expect(listWarehouseEvents(warehouse)).toHaveLength(5);
  });

  it('explains a file that is not an analytics database', async () => {
    await expect(pullFromDatabase(warehouse, path.join(dir, 'missing.db'))).rejects.toThrow(/cannot open the database/);
  });
});

describe('pull from a running service', () => {
  let server: Server;
  let url: string;
  const requests: Array<{ url: string; auth: string | undefined }> = [];
  const exported = [1, 2, 3, 4].map((id) => ({ id, ...row(id) }));

  beforeAll(async () => {
    // Serves the export contract: NDJSON of events with id > since, behind a bearer token.
    server = createServer((req, res) => {
      requests.push({ url: req.url ?? '', auth: req.headers.authorization });
      const target = new URL(req.url ?? '/', 'http://x');
      if (target.pathname !== '/api/export') return void res.writeHead(404).end('{"error":{"code":"not_found","message":"Not found"}}');
      if (req.headers.authorization !== 'Bearer s3cret') return void res.writeHead(403).end('{"error":{"code":"forbidden","message":"The token is not valid for this server"}}');
      const since = Number(target.searchParams.get('since') ?? 0);
      res.writeHead(200, { 'content-type': 'application/x-ndjson' });
      for (const event of exported.filter((e) => e.id > since)) res.write(`${JSON.stringify(event)}\n`);
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('streams NDJSON with the token, resuming after the last id', async () => {
    const first = await pullFromService(warehouse, url, { token: 's3cret' });
    expect(first).toMatchObject({ read: 4, inserted: 4, last_id: 4, source: `url:${url}/api/export` });
    exported.push({ id: 5, ...row(5) });
    const second = await pullFromService(warehouse, `${url}/`, { token: 's3cret' });
    expect(second).toMatchObject({ read: 1, inserted: 1, last_id: 5 });
    expect(requests.slice(-2).map((r) => r.url)).toEqual(['/api/export?since=0', '/api/export?since=4']);
    expect(requests.at(-1)?.auth).toBe('Bearer s3cret');
    expect(listWarehouseEvents(warehouse).map((e) => e.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('says what to fix when the token is refused or the service is unreachable', async () => {
    await expect(pullFromService(warehouse, url, { token: 'wrong' })).rejects.toThrow(/answered 403: The token is not valid for this server\. Fix: pass the service's KB_ANALYTICS_TOKEN/);
    await expect(pullFromService(warehouse, `${url}/nothing/here/api/other`, { token: 's3cret' })).rejects.toThrow(/answered 404/);
    await expect(pullFromService(warehouse, 'http://127.0.0.1:1', { token: 's3cret' })).rejects.toThrow(/Cannot reach http:\/\/127\.0\.0\.1:1/);
    expect(listWarehouseEvents(warehouse)).toHaveLength(0);
  });

  it('builds the export URL from a base URL', () => {
    expect(exportUrl('https://help.example.com').href).toBe('https://help.example.com/api/export');
    expect(exportUrl('https://help.example.com/api/export?since=3').href).toBe('https://help.example.com/api/export');
    expect(() => exportUrl('help.example.com')).toThrow(/is not a URL/);
  });
});

describe('pull from the analytics service itself', () => {
  it('copies what GET /api/export streams, and nothing twice', async () => {
    const file = analyticsDb([row(1), row(2, { type: 'search', article: null, query: 'dark mode', results: 0 }), row(3, { locale: 'de' })]);
    const token = 'pull-test-token-0123456789abcdef';
    const config = parseConfig('contact: { email: help@x.example }\n', 'kb.config.yaml');
    const server = await startServer({ port: 0, db: file, site: false, settings: resolveSettings(config, { KB_ANALYTICS_TOKEN: token }), log: () => undefined });
    try {
      expect(await pullFromService(warehouse, server.url, { token })).toMatchObject({ read: 3, inserted: 3, last_id: 3 });
      expect(await pullFromService(warehouse, server.url, { token })).toMatchObject({ read: 0, inserted: 0, last_id: 3 });
      await expect(pullFromService(warehouse, server.url, { token: 'not-the-token-0123456789' })).rejects.toThrow(/answered 403/);
    } finally {
      await server.close();
    }
    expect(listWarehouseEvents(warehouse).map((e) => e.query)).toEqual([null, 'dark mode', null]);
    // The page's locale comes along (null where the page sent none).
    expect(listWarehouseEvents(warehouse).map((e) => e.locale)).toEqual([null, null, 'de']);
  });
});

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServerStartError, startServer, type RunningServer } from '../../analytics-api/server.ts';
import { testSettings, TOKEN } from './helpers/test-app.ts';

const SITE = path.resolve('test/fixtures/analytics/site');
const PROBE_IP = '203.0.113.77';
const PROBE_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36 KbPrivacyProbe/9.9';

let dir: string;
let db: string;
let server: RunningServer;
const logged: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-server-test-'));
  db = path.join(dir, 'data', 'analytics.db');
  // Loopback is the trusted proxy here, so X-Forwarded-For sets the client address the privacy test looks for.
  server = await startServer({ port: 0, db, site: SITE, settings: testSettings({ trustedProxies: ['loopback'] }), log: (line) => logged.push(line) });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const url = (pathname: string) => new URL(pathname, server.url).href;

describe('startServer', () => {
  it('prints the URL it serves', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(logged.join('\n')).toContain(server.url);
  });

  it('serves pages with index.html for folders and the right content types', async () => {
    const home = await fetch(url('/'));
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await home.text()).toContain('<h1>Test Help Center</h1>');
    for (const pathname of ['/guides/shifts/', '/guides/shifts']) {
      const page = await fetch(url(pathname));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Swap a shift');
    }
    const types: Record<string, string> = {
      '/_astro/index.B1x2c3D4.css': 'text/css; charset=utf-8',
      '/_astro/hoisted.Cq9Zx1aB.js': 'text/javascript; charset=utf-8',
      '/logo.svg': 'image/svg+xml; charset=utf-8',
      '/pagefind/pagefind-entry.json': 'application/json',
      '/robots.txt': 'text/plain; charset=utf-8',
    };
    for (const [pathname, type] of Object.entries(types)) {
      const response = await fetch(url(pathname));
      expect(response.status, pathname).toBe(200);
      expect(response.headers.get('content-type'), pathname).toBe(type);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('answers missing pages with the site 404.html and status 404', async () => {
    const response = await fetch(url('/no/such/page/'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('Page not found');
  });

  it('caches hashed assets for a year and makes everything else revalidate', async () => {
    const cache = async (pathname: string) => (await fetch(url(pathname))).headers.get('cache-control');
    expect(await cache('/_astro/index.B1x2c3D4.css')).toBe('public, max-age=31536000, immutable');
    expect(await cache('/pagefind/fragment/en_7c2e1b.pf_fragment')).toBe('public, max-age=31536000, immutable');
    expect(await cache('/pagefind/index/en_91ab3f.pf_index')).toBe('public, max-age=31536000, immutable');
    expect(await cache('/pagefind/pagefind.js')).toBe('no-cache');
    expect(await cache('/pagefind/pagefind-entry.json')).toBe('no-cache');
    expect(await cache('/')).toBe('no-cache');
  });

  it('never serves files outside the site folder', async () => {
    for (const raw of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/guides/..%2f..%2fpackage.json']) {
      const status = await new Promise<number>((resolve, reject) => {
        // fetch() normalises dot segments, so send the raw path.
        const request = httpRequest(url('/'), { path: raw }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on('error', reject);
        request.end();
      });
      expect(status, raw).toBe(404);
    }
  });

  it('serves the API under /api and answers unknown API paths in JSON', async () => {
    expect(await (await fetch(url('/api/health'))).json()).toEqual({ status: 'ok' });
    const missing = await fetch(url('/api/nope'));
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('never stores the client IP address or user agent: the database files do not contain them', async () => {
    const ts = Date.now();
    const events = [
      { type: 'view', session: 'privacy-session-1', ts, article: 'reset-your-password' },
      { type: 'vote', session: 'privacy-session-1', ts, article: 'reset-your-password', vote: 'down', reason: 'other', comment: 'It did not help' },
      { type: 'search', session: 'privacy-session-1', ts, query: 'export payroll', results: 0 },
    ];
    for (let i = 0; i < 20; i++) {
      const response = await fetch(url('/api/events'), {
        method: 'POST',
        body: JSON.stringify(events),
        headers: { 'content-type': 'text/plain', 'user-agent': PROBE_UA, 'x-forwarded-for': PROBE_IP },
      });
      expect(response.status).toBe(202);
    }
    const exported = await (await fetch(url('/api/export'), { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    expect(exported.split('\n').filter(Boolean)).toHaveLength(41);

    const files = readdirSync(path.dirname(db)).filter((name) => name.startsWith('analytics.db'));
    expect(files).toContain('analytics.db-wal');
    const bytes = Buffer.concat(files.map((name) => readFileSync(path.join(path.dirname(db), name))));
    expect(bytes.includes('export payroll')).toBe(true);
    for (const secret of [PROBE_IP, PROBE_UA, 'KbPrivacyProbe', 'Chrome/141.0.0.0']) {
      expect(bytes.includes(secret), secret).toBe(false);
    }
    // The address is also absent in its 4-byte binary form.
    expect(bytes.includes(Buffer.from([203, 0, 113, 77]))).toBe(false);
  });
});

describe('startServer without a site', () => {
  it('serves the API only and answers other paths with a JSON 404', async () => {
    const apiOnly = await startServer({ port: 0, db: path.join(dir, 'api-only.db'), site: false, settings: testSettings(), log: () => {} });
    try {
      expect((await fetch(new URL('/api/health', apiOnly.url))).status).toBe(200);
      const page = await fetch(new URL('/', apiOnly.url));
      expect(page.status).toBe(404);
      expect(page.headers.get('content-type')).toMatch(/^application\/json/);
    } finally {
      await apiOnly.close();
    }
    // Closing checkpoints the WAL into the database file.
    expect(existsSync(path.join(dir, 'api-only.db-wal'))).toBe(false);
  });

  it('explains a missing site folder and a port in use', async () => {
    await expect(startServer({ port: 0, db: path.join(dir, 'x.db'), site: path.join(dir, 'dist'), settings: testSettings(), log: () => {} })).rejects.toThrow(ServerStartError);
    await expect(startServer({ port: server.port, db: path.join(dir, 'y.db'), site: false, settings: testSettings(), log: () => {} })).rejects.toThrow(/already in use.*--port/);
  });
});

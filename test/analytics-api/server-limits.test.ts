/**
 * What the server enforces around the app: a deadline for slow request
 * bodies, and the site's article list read from the built site or from
 * `--articles`.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../analytics-api/server.ts';
import { BROWSER_UA, testSettings } from './helpers/test-app.ts';

let dir: string;
let servers: RunningServer[] = [];
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-server-limits-'));
});
afterEach(async () => {
  for (const server of servers) await server.close();
  servers = [];
  rmSync(dir, { recursive: true, force: true });
});

async function serve(options: Partial<Parameters<typeof startServer>[0]> = {}): Promise<RunningServer> {
  const server = await startServer({ port: 0, db: path.join(dir, 'analytics.db'), site: false, settings: testSettings(), log: () => {}, logError: () => {}, ...options });
  servers.push(server);
  return server;
}

const view = (article: string) => JSON.stringify([{ type: 'view', session: 'session-limits-1', ts: Date.now(), article }]);
const post = (server: RunningServer, body: string) =>
  fetch(`${server.url}api/events`, { method: 'POST', body, headers: { 'content-type': 'text/plain', 'user-agent': BROWSER_UA } });
const stored = () => {
  const db = new Database(path.join(dir, 'analytics.db'), { readonly: true });
  try {
    return db.prepare('SELECT article FROM events ORDER BY id').pluck().all();
  } finally {
    db.close();
  }
};

describe('slow request bodies', () => {
  it('are cut off once the request deadline passes instead of holding the socket', async () => {
    const server = await serve({ requestTimeoutMs: 400 });
    const socket = connect(server.port, '127.0.0.1');
    const closed = new Promise<{ afterMs: number; reply: string }>((resolve) => {
      const started = Date.now();
      let reply = '';
      socket.on('data', (chunk) => (reply += chunk.toString()));
      socket.on('close', () => resolve({ afterMs: Date.now() - started, reply }));
    });
    // Headers promise 200 bytes, then the body trickles one byte at a time.
    socket.write(`POST /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 200\r\nUser-Agent: ${BROWSER_UA}\r\n\r\n[`);
    const drip = setInterval(() => socket.writable && socket.write(' '), 100);
    const { afterMs, reply } = await closed;
    clearInterval(drip);
    // Generous bounds for a loaded machine: well under the minutes Node allows by default.
    expect(afterMs).toBeLessThan(15_000);
    expect(reply).toMatch(/^HTTP\/1\.1 408/);
  });
});

describe('the article list', () => {
  it('comes from articles.json in the served site', async () => {
    const site = path.join(dir, 'dist');
    cpSync(path.resolve('test/fixtures/analytics/site'), site, { recursive: true });
    writeFileSync(path.join(site, 'articles.json'), JSON.stringify({ articles: ['shifts'], aliases: { 'swap-shifts': 'shifts' } }));
    const server = await serve({ site });
    for (const slug of ['shifts', 'swap-shifts', 'made-up-slug']) expect((await post(server, view(slug))).status).toBe(202);
    expect(stored()).toEqual(['shifts', 'shifts', 'unknown']);
  });

  it('comes from --articles when the site is served elsewhere, and a bad file stops the start with the fix', async () => {
    const manifest = path.join(dir, 'articles.json');
    writeFileSync(manifest, JSON.stringify({ articles: ['reset-your-password'], aliases: {} }));
    const server = await serve({ articles: manifest });
    await post(server, view('reset-your-password'));
    await post(server, view('guess-a-slug'));
    expect(stored()).toEqual(['reset-your-password', 'unknown']);
    writeFileSync(path.join(dir, 'broken.json'), '{"articles": "no"}');
    await expect(startServer({ port: 0, db: path.join(dir, 'other.db'), site: false, settings: testSettings(), log: () => {}, articles: path.join(dir, 'broken.json') })).rejects.toThrow(/not an article list.*Fix:/);
  });

  it('is not applied without a manifest: every slug is accepted', async () => {
    const server = await serve();
    await post(server, view('any-slug'));
    expect(stored()).toEqual(['any-slug']);
  });
});

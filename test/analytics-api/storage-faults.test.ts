/**
 * Honest health on real storage faults: a full disk (a small tmpfs filled
 * up), a read-only mount, and a damaged file. `/api/health` must answer 503
 * with the reason while writes fail, `kb serve` must refuse to start with
 * the fix, and `kb analytics prune` must fail on a damaged file.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../analytics-api/db/open-database.ts';
import { saveEvents } from '../../analytics-api/db/save-events.ts';
import { handleError } from '../../analytics-api/http/api-error.ts';
import { startServer, type RunningServer } from '../../analytics-api/server.ts';
import { fillDisk, makeReadOnly, mountsAvailable, mountTmpfs } from '../helpers/disk-faults.ts';
import { viewRow } from '../helpers/event-rows.ts';
import { runKb } from '../helpers/run-kb.ts';
import { BROWSER_UA, testSettings } from './helpers/test-app.ts';

const CONTENT = path.resolve('test/fixtures/analytics/content');
const canMount = mountsAvailable('storage-fault tests');

let cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function serve(db: string): Promise<RunningServer> {
  const server = await startServer({ port: 0, db, site: false, settings: testSettings(), log: () => {}, logError: () => {} });
  cleanups.push(() => server.close());
  return server;
}

async function health(server: RunningServer): Promise<{ status: number; code?: string; message?: string }> {
  const response = await fetch(`${server.url}api/health`);
  const body = (await response.json()) as { error?: { code: string; message: string } };
  return { status: response.status, code: body.error?.code, message: body.error?.message };
}

function post(server: RunningServer, session: string): Promise<Response> {
  return fetch(`${server.url}api/events`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain', 'user-agent': BROWSER_UA },
    body: JSON.stringify([{ type: 'search', session, ts: Date.now(), query: `a longer query to fill pages ${'x'.repeat(150)}`, results: 0 }]),
  });
}

/** A database file with enough events to span many pages, closed (its WAL checkpointed into it). */
function databaseWithEvents(file: string): void {
  const db = openDatabase(file);
  const rows = Array.from({ length: 3000 }, (_, i) => viewRow(Date.now() - i, { session: `session-${i}`, comment: `comment ${i} ${'y'.repeat(80)}` }));
  db.transaction(() => saveEvents(db, rows))();
  db.close();
}

/** Overwrites pages in the middle of the file (the header stays), as a failing disk or a stray write would. */
function damagePages(file: string): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(4096 * 6, 0x5a), 0, 4096 * 6, 4096 * 3);
  closeSync(fd);
}

describe('a damaged database', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kb-corrupt-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  });

  it('/api/health turns 503 database_corrupt once the file is damaged under a running server', async () => {
    const file = path.join(dir, 'analytics.db');
    databaseWithEvents(file);
    const server = await serve(file);
    expect((await health(server)).status).toBe(200);
    // Everything in the file itself, then damage it behind the server's back.
    const raw = new Database(file);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    damagePages(file);
    let answer = await health(server);
    for (let tries = 0; answer.status === 200 && tries < 40; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      answer = await health(server);
    }
    expect(answer).toMatchObject({ status: 503, code: 'database_corrupt' });
    expect(answer.message).toMatch(/damaged.*Fix:.*backup/);
  });

  it('/api/health says corrupt at once when the header is gone', async () => {
    const file = path.join(dir, 'analytics.db');
    const server = await serve(file);
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.from('garbage garbage!'), 0, 16, 0);
    closeSync(fd);
    expect(await health(server)).toMatchObject({ status: 503, code: 'database_corrupt' });
  });

  it('kb serve refuses to start on it, and kb analytics prune fails instead of finding nothing', async () => {
    const file = path.join(dir, 'analytics.db');
    databaseWithEvents(file);
    damagePages(file);
    const serveRun = await runKb(['serve', '--no-site', '--port', '0', '--db', file, '--content', CONTENT], { env: { KB_ANALYTICS_TOKEN: '' } });
    expect(serveRun.code).toBe(1);
    expect(serveRun.stderr).toMatch(/damaged.*Fix:/);
    expect(serveRun.stderr).not.toContain('unexpected error');
    const prune = await runKb(['analytics', 'prune', '--db', file, '--content', CONTENT, '--warehouse', path.join(dir, 'kb.db')], { env: { KB_ANALYTICS_DB: '' } });
    expect(prune.code).toBe(1);
    expect(prune.stderr).toMatch(/damaged.*Nothing was pruned/s);
    const backup = await runKb(['analytics', 'backup', path.join(dir, 'backup.db'), '--db', file]);
    expect(backup.code).toBe(1);
    expect(backup.stderr).toMatch(/damaged.*Fix:/);
    expect(backup.stderr).not.toContain('run the backup again');
  });

  it('answers 503 with the cause, never 500, when a query meets a storage fault', async () => {
    const app = new Hono().get('/boom', () => {
      throw Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' });
    });
    app.onError((error, c) => handleError(error, c, () => {}));
    const response = await app.request('/boom');
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('database_corrupt');
  });
});

describe.skipIf(!canMount)('a full disk and a read-only mount', () => {
  it('/api/health answers 503 database_disk_full while the disk is full, and 200 again once there is room', async () => {
    const disk = mountTmpfs('3m');
    cleanups.push(() => disk.unmount());
    const server = await serve(path.join(disk.dir, 'analytics.db'));
    expect((await health(server)).status).toBe(200);
    const filler = fillDisk(disk.dir);
    const full = await health(server);
    expect(full).toMatchObject({ status: 503, code: 'database_disk_full' });
    expect(full.message).toMatch(/full.*Fix: free space/);
    // Writes fail the same way (the group commit runs out of room sooner or later).
    let refused = false;
    for (let i = 0; i < 400 && !refused; i++) refused = (await post(server, `session-full-${i}`)).status === 503;
    expect(refused).toBe(true);
    rmSync(filler);
    expect((await health(server)).status).toBe(200);
    expect((await post(server, 'session-after-full')).status).toBe(202);
  });

  it('/api/health answers 503 database_read_only when the disk turns read-only under the server', async () => {
    const disk = mountTmpfs('8m');
    cleanups.push(() => disk.unmount());
    const folder = path.join(disk.dir, 'data');
    const server = await serve(path.join(folder, 'analytics.db'));
    expect((await health(server)).status).toBe(200);
    const writable = makeReadOnly(folder);
    let restored = false;
    cleanups.push(() => {
      if (!restored) writable();
    });
    const answer = await health(server);
    expect(answer).toMatchObject({ status: 503, code: 'database_read_only' });
    expect(answer.message).toMatch(/read-only.*Fix:/);
    writable();
    restored = true;
    expect((await health(server)).status).toBe(200);
  });

  it('kb serve refuses to start on a read-only or full disk, naming the cause and the fix', async () => {
    const disk = mountTmpfs('3m');
    cleanups.push(() => disk.unmount());
    const folder = path.join(disk.dir, 'data');
    const file = path.join(folder, 'analytics.db');
    openDatabase(file).close();
    const writable = makeReadOnly(folder);
    const readOnly = await runKb(['serve', '--no-site', '--port', '0', '--db', file, '--content', CONTENT], { env: { KB_ANALYTICS_TOKEN: '' } });
    writable();
    expect(readOnly.code).toBe(1);
    expect(readOnly.stderr).toMatch(/read-only.*Fix:/);
    expect(readOnly.stderr).not.toMatch(/start a fresh one|unexpected error/);
    fillDisk(disk.dir);
    const full = await runKb(['serve', '--no-site', '--port', '0', '--db', file, '--content', CONTENT], { env: { KB_ANALYTICS_TOKEN: '' } });
    expect(full.stderr).toMatch(/disk holding the database is full/);
    expect(full.code).toBe(1);
  });
});

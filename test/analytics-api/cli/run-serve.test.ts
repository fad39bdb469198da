/**
 * `kb serve` as a real process: graceful shutdown on SIGTERM and
 * configuration errors (durability under kill -9, with two instances on
 * each engine, is in `engine-contract.test.ts`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serve, killServed, waitFor } from '../helpers/serve-process.ts';
import { BROWSER_UA } from '../helpers/test-app.ts';

const KB = path.resolve('scripts/kb.js');
const CONTENT = path.resolve('test/fixtures/analytics/content');
const LOOPS = 16;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-serve-test-'));
});
afterEach(() => {
  killServed();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Posts single-event batches from LOOPS concurrent clients until `stop()`;
 * every event has its own session id, and the ids answered 202 are kept.
 */
function loadUntilStopped(url: string) {
  const acknowledged = new Set<string>();
  let sent = 0;
  let running = true;
  const loops = Array.from({ length: LOOPS }, async (_, loop) => {
    for (let i = 0; running; i++) {
      const session = `durable-${loop}-${i}`;
      sent += 1;
      try {
        const response = await fetch(new URL('/api/events', url), {
          method: 'POST',
          body: JSON.stringify([{ type: 'view', session, ts: Date.now(), article: 'reset-your-password' }]),
          headers: { 'content-type': 'text/plain', 'user-agent': BROWSER_UA },
        });
        if (response.status === 202 && ((await response.json()) as { accepted: number }).accepted === 1) acknowledged.add(session);
      } catch {
        // The server went away mid-request: this event was never acknowledged.
        return;
      }
    }
  });
  return {
    acknowledged,
    sent: () => sent,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

function storedSessions(db: string): Set<string> {
  const database = new Database(db);
  try {
    return new Set(database.prepare('SELECT session FROM events').pluck().all() as string[]);
  } finally {
    database.close();
  }
}

describe('kb serve', () => {
  it('finishes in-flight requests, commits them and closes the database on SIGTERM', async () => {
    const db = path.join(dir, 'analytics.db');
    const served = await serve(db);
    const load = loadUntilStopped(served.url);
    await waitFor(() => load.acknowledged.size >= 300, 20_000);
    served.child.kill('SIGTERM');
    expect(await served.exited).toEqual({ code: 0, signal: null });
    await load.stop();

    expect(served.stderr()).toContain('Stopped.');
    // A clean close checkpoints and removes the write-ahead log.
    expect(existsSync(`${db}-wal`)).toBe(false);
    const stored = storedSessions(db);
    expect([...load.acknowledged].filter((session) => !stored.has(session))).toEqual([]);
  });

  it('refuses a weak token with exit code 2 and no stack trace', () => {
    const result = spawnSync(process.execPath, [KB, 'serve', '--port', '0', '--no-site', '--db', path.join(dir, 'a.db'), '--content', CONTENT], {
      env: { ...process.env, KB_ANALYTICS_TOKEN: 'short' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('KB_ANALYTICS_TOKEN is too weak');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('explains a site folder that does not exist', () => {
    const result = spawnSync(process.execPath, [KB, 'serve', '--port', '0', '--site', path.join(dir, 'dist'), '--db', path.join(dir, 'a.db'), '--content', CONTENT], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no built site in this folder');
  });
});

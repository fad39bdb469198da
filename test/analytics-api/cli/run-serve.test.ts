/**
 * `kb serve` as a real process: durability under kill -9, graceful shutdown
 * on SIGTERM, and configuration errors.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BROWSER_UA } from '../helpers/test-app.ts';

const KB = path.resolve('scripts/kb.js');
const CONTENT = path.resolve('test/fixtures/analytics/content');
const LOOPS = 16;

let dir: string;
let children: ChildProcess[] = [];
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-serve-test-'));
});
afterEach(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children = [];
  rmSync(dir, { recursive: true, force: true });
});

interface Served {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

async function serve(db: string): Promise<Served> {
  const child = spawn(process.execPath, [KB, 'serve', '--port', '0', '--no-site', '--db', db, '--content', CONTENT], {
    env: { ...process.env, KB_ANALYTICS_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)api\//.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
    void exited.then(({ code }) => reject(new Error(`kb serve exited with ${code}: ${stderr}`)));
  });
  return { child, url, stderr: () => stderr, exited };
}

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

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('kb serve', () => {
  it('keeps every acknowledged event when killed with SIGKILL under load', async () => {
    const db = path.join(dir, 'analytics.db');
    const served = await serve(db);
    const load = loadUntilStopped(served.url);
    await waitFor(() => load.acknowledged.size >= 1500, 20_000);
    served.child.kill('SIGKILL');
    expect(await served.exited).toEqual({ code: null, signal: 'SIGKILL' });
    await load.stop();

    const stored = storedSessions(db);
    const lost = [...load.acknowledged].filter((session) => !stored.has(session));
    expect(lost).toEqual([]);
    // Stored but unanswered: only requests that were in flight when the process died.
    expect(stored.size).toBeGreaterThanOrEqual(load.acknowledged.size);
    expect(stored.size - load.acknowledged.size).toBeLessThanOrEqual(LOOPS);
  });

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

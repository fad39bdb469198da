/**
 * `kb serve` as a real child process, the way it runs in production: the
 * URL is read from what it prints, and whatever a test starts is killed
 * when it ends (`killServed`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const KB = path.resolve('scripts/kb.js');
export const SERVE_CONTENT = path.resolve('test/fixtures/analytics/content');

export interface Served {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running = new Set<ChildProcess>();

/** Starts `kb serve --no-site` on a free port with `db` (a file or a URL); resolves once it listens. */
export async function serve(db: string, env: NodeJS.ProcessEnv = {}): Promise<Served> {
  const child = spawn(process.execPath, [KB, 'serve', '--port', '0', '--no-site', '--db', db, '--content', SERVE_CONTENT], {
    env: { ...process.env, KB_ANALYTICS_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    }),
  );
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

/** Kills every `kb serve` a test started and has not stopped. */
export function killServed(): void {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** Waits until `condition` holds, polling every 20 ms; throws after `timeoutMs`. */
export async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

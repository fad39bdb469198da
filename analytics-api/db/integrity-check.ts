/**
 * Whether the database file is intact, kept fresh for `/api/health`:
 * `quick_check` runs in a worker thread (`integrity-worker.ts`) when the
 * last result is older than its interval, at most one at a time. The
 * interval grows with the time a check takes (at least 2 s, at least 20
 * times the last check's duration), so a large file is not re-read
 * continuously. A caller waits for a running check up to `waitMs`, then
 * gets the last known result.
 */
import { Worker } from 'node:worker_threads';

/** The outcome of the last finished check. */
export interface IntegrityResult {
  /** `ok`, or what quick_check (or opening the file) reported. */
  result: string;
  checkedAt: number;
}

export interface IntegrityChecker {
  /** The latest result, refreshed first when stale (waiting at most `waitMs`); undefined before the first check ends. */
  current(waitMs?: number): Promise<IntegrityResult | undefined>;
  close(): Promise<void>;
}

const MIN_INTERVAL_MS = 2000;

export function createIntegrityChecker(file: string, now: () => number = Date.now): IntegrityChecker {
  let worker: Worker | undefined;
  let last: IntegrityResult | undefined;
  let interval = MIN_INTERVAL_MS;
  let running: Promise<void> | undefined;

  const run = (): Promise<void> => {
    worker ??= new Worker(new URL('./integrity-worker.ts', import.meta.url), { workerData: { file } });
    worker.unref();
    const started = now();
    const active = worker;
    return new Promise<void>((resolve) => {
      const done = (result: string) => {
        active.off('message', done);
        active.off('error', failed);
        const ended = now();
        last = { result, checkedAt: ended };
        interval = Math.max(MIN_INTERVAL_MS, (ended - started) * 20);
        resolve();
      };
      const failed = (error: Error) => {
        worker = undefined;
        done(`the integrity check could not run: ${error.message}`);
      };
      active.on('message', done);
      active.once('error', failed);
      active.postMessage('check');
    });
  };

  return {
    async current(waitMs = 2000) {
      if ((last === undefined || now() - last.checkedAt >= interval) && running === undefined) {
        running = run().finally(() => {
          running = undefined;
        });
      }
      if (running !== undefined) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([running, new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)))]);
        clearTimeout(timer);
      }
      return last;
    },
    async close() {
      const active = worker;
      worker = undefined;
      await active?.terminate();
    },
  };
}

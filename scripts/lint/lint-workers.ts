/**
 * Shares the articles a run must lint out to worker threads, one share per
 * core, when there are many (a first run on a big KB, a build without a
 * cache). Each worker lints its articles on their own (the cacheable step);
 * the calling thread then runs the cross-file rules with every article's
 * facts, so the result is the same as linting in one thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleLint, LintSetup } from '../../plugins/lint/lint-core.ts';
import { lintInThread } from '../../plugins/lint/lint-files.ts';
import { UserError } from '../cli/user-error.ts';
import type { LintWorkerInput, LintWorkerOutput } from './lint-worker.ts';

/** Below this many articles to lint, starting workers costs more than it saves. */
export const WORKER_THRESHOLD = 200;

type Job = { file: string; text?: string; unreadable?: string };

function lintInWorker(input: LintWorkerInput): Promise<ArticleLint[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./lint-worker.ts', import.meta.url), { workerData: input });
    worker.once('message', (output: LintWorkerOutput) => {
      if (output.ok) resolve(output.results);
      else reject(new UserError(output.message, output.exitCode ?? 1));
      void worker.terminate();
    });
    worker.once('error', reject);
    // Settled already when it answered; this only catches a worker that died without answering.
    worker.once('exit', (code) => reject(new Error(`the lint worker stopped (exit code ${code}) before it reported`)));
  });
}

/** A `lintMany` for the lint core: `workers` threads (0: this thread); default one per core for 200+ articles. */
export function workerPool(workers?: number) {
  return async (setup: LintSetup, jobs: Job[]): Promise<ArticleLint[]> => {
    const count = workers ?? (jobs.length >= WORKER_THRESHOLD ? Math.max(1, availableParallelism()) : 0);
    if (count <= 1 || jobs.length === 0) return lintInThread(setup, jobs);
    // Interleaved shares keep each worker's mix of article types (and so its work) alike.
    const shares = Array.from({ length: count }, (_, i) => jobs.map((job, n) => ({ job, n })).filter(({ n }) => n % count === i));
    const answers = await Promise.all(shares.filter((s) => s.length > 0).map(async (share) => ({ share, results: await lintInWorker({ contentDir: setup.contentDir, jobs: share.map((s) => s.job) }) })));
    const out: ArticleLint[] = new Array(jobs.length);
    for (const { share, results } of answers) share.forEach(({ n }, i) => (out[n] = results[i] as ArticleLint));
    return out;
  };
}

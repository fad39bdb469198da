/**
 * The build's first step: the same lint as `kb lint` (`lintKbRun`), run
 * explicitly before anything is published; a build never depends on a
 * render-time plugin failing. The content-hash cache is on by default, so a
 * rebuild relints only the articles that changed (the cross-file rules
 * still rerun for all). Many articles to lint are shared out to worker
 * threads, one share each; the main thread runs the cross-file rules.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { formatText } from '../../plugins/lint/formatters/text.ts';
import type { ArticleLint, LintSetup } from '../../plugins/lint/lint-core.ts';
import { lintInThread } from '../../plugins/lint/lint-files.ts';
import { countMessages, type FileResult } from '../../plugins/lint/lint-message.ts';
import { UserError } from '../cli/user-error.ts';
import { lintKbRun } from '../lint/run-lint.ts';
import type { LintWorkerInput, LintWorkerOutput } from './lint-worker.ts';

export interface LintGateResult {
  passed: boolean;
  errors: number;
  warnings: number;
  articles: number;
  /** Articles whose own result came from the cache. */
  cached: number;
  /** The `kb lint` text report: every message with file:line:column, then the summary. */
  report: string;
  results: FileResult[];
}

export interface LintGateOptions {
  /** Worker threads (0: lint in this thread); default: one per core when 200+ articles need linting. */
  workers?: number;
  /** Reuse results of unchanged articles (default true). */
  cache?: boolean;
  cacheDir?: string;
}

/** Below this many articles to lint, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 200;

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

function workerPool(workers: number | undefined) {
  return async (setup: LintSetup, jobs: Job[]): Promise<ArticleLint[]> => {
    const count = workers ?? (jobs.length >= WORKER_THRESHOLD ? Math.max(1, availableParallelism()) : 0);
    if (count === 0 || jobs.length === 0) return lintInThread(setup, jobs);
    // Interleaved shares keep each worker's mix of article types (and so its work) alike.
    const shares = Array.from({ length: count }, (_, i) => jobs.map((job, n) => ({ job, n })).filter(({ n }) => n % count === i));
    const answers = await Promise.all(shares.filter((s) => s.length > 0).map(async (share) => ({ share, results: await lintInWorker({ contentDir: setup.contentDir, jobs: share.map((s) => s.job) }) })));
    const out: ArticleLint[] = new Array(jobs.length);
    for (const { share, results } of answers) share.forEach(({ n }, i) => (out[n] = results[i] as ArticleLint));
    return out;
  };
}

/** Lints every article of the KB; `passed` is false when any message is an error. */
export async function runLintGate(contentDir: string, options: LintGateOptions = {}): Promise<LintGateResult> {
  const run = await lintKbRun([], contentDir, { cache: options.cache ?? true, cacheDir: options.cacheDir, lintMany: workerPool(options.workers) });
  const results = run.results.map(({ file, messages }) => ({ file, messages }));
  const counts = countMessages(results);
  return {
    passed: counts.errors === 0,
    errors: counts.errors,
    warnings: counts.warnings,
    articles: counts.files,
    cached: run.cacheHits,
    report: formatText(results),
    results,
  };
}

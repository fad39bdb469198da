/**
 * The build's first step: the same lint as `kb lint` (`lintKb`), run
 * explicitly before anything is published; a build never depends on a
 * render-time plugin failing. Big KBs are linted by worker threads, one
 * share of the articles each, every worker with the whole KB as context.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ARTICLES_DIR, listArticleFiles } from '../../plugins/lint/article-index.ts';
import { formatText } from '../../plugins/lint/formatters/text.ts';
import { countMessages, type FileResult } from '../../plugins/lint/lint-message.ts';
import { UserError } from '../cli/user-error.ts';
import { lintKb } from '../lint/run-lint.ts';
import type { LintWorkerInput, LintWorkerOutput } from './lint-worker.ts';

export interface LintGateResult {
  passed: boolean;
  errors: number;
  warnings: number;
  articles: number;
  /** The `kb lint` text report: every message with file:line:column, then the summary. */
  report: string;
  results: FileResult[];
}

export interface LintGateOptions {
  /** Worker threads (0: lint in this thread); default: one per core for KBs of 200+ articles. */
  workers?: number;
}

/** Below this many articles, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 200;

function lintInWorker(input: LintWorkerInput): Promise<FileResult[]> {
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

async function lintAll(contentDir: string, workers: number | undefined): Promise<FileResult[]> {
  const files = listArticleFiles(path.join(contentDir, ARTICLES_DIR));
  const count = workers ?? (files.length >= WORKER_THRESHOLD ? Math.max(1, availableParallelism()) : 0);
  if (count === 0) return lintKb([], contentDir);
  // Interleaved shares keep each worker's mix of article types (and so its work) alike.
  const shares = Array.from({ length: count }, (_, i) => files.filter((_, n) => n % count === i)).filter((s) => s.length > 0);
  const results = (await Promise.all(shares.map((share) => lintInWorker({ contentDir, files: share })))).flat();
  const order = new Map(files.map((file, i) => [path.relative(process.cwd(), file), i]));
  return results.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.file.localeCompare(b.file));
}

/** Lints every article of the KB; `passed` is false when any message is an error. */
export async function runLintGate(contentDir: string, options: LintGateOptions = {}): Promise<LintGateResult> {
  const results = await lintAll(contentDir, options.workers);
  const counts = countMessages(results);
  return {
    passed: counts.errors === 0,
    errors: counts.errors,
    warnings: counts.warnings,
    articles: counts.files,
    report: formatText(results),
    results,
  };
}

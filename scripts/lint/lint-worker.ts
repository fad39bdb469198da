/**
 * Lints a share of the articles in a worker thread (see lint-workers.ts):
 * each article on its own, the cacheable step of the lint core. The
 * calling thread then runs the cross-file rules with every article's facts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lintArticle, type ArticleLint } from '../../plugins/lint/lint-core.ts';
import { createSetup } from '../../plugins/lint/lint-setup.ts';
import { UserError } from '../cli/user-error.ts';
import { loadKbConfig } from '../lib/load-kb-config.ts';

export interface LintWorkerInput {
  contentDir: string;
  jobs: Array<{ file: string; text?: string; unreadable?: string }>;
}

export type LintWorkerOutput = { ok: true; results: ArticleLint[] } | { ok: false; message: string; exitCode?: number };

const input = workerData as LintWorkerInput;
try {
  const { setup } = createSetup(input.contentDir, { config: loadKbConfig(input.contentDir), files: [] });
  const results = input.jobs.map((job) => lintArticle(setup, job.file, job.unreadable !== undefined ? { unreadable: job.unreadable } : { text: job.text ?? '' }));
  parentPort?.postMessage({ ok: true, results } satisfies LintWorkerOutput);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  parentPort?.postMessage({ ok: false, message, exitCode: error instanceof UserError ? error.exitCode : undefined } satisfies LintWorkerOutput);
}

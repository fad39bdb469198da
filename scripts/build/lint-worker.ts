/**
 * Lints a share of the KB's articles in a worker thread, for the build's
 * lint gate. Each worker runs `lintKb` on its files with the whole KB as
 * context (links, slugs and aliases resolve against every article).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { UserError } from '../cli/user-error.ts';
import { lintKb } from '../lint/run-lint.ts';

export interface LintWorkerInput {
  contentDir: string;
  files: string[];
}

export type LintWorkerOutput =
  | { ok: true; results: Awaited<ReturnType<typeof lintKb>> }
  | { ok: false; message: string; exitCode?: number };

const input = workerData as LintWorkerInput;
try {
  const results = await lintKb(input.files, input.contentDir);
  parentPort?.postMessage({ ok: true, results } satisfies LintWorkerOutput);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  parentPort?.postMessage({ ok: false, message, exitCode: error instanceof UserError ? error.exitCode : undefined } satisfies LintWorkerOutput);
}

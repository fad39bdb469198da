/** What `kb build` prints: progress on stderr, the lint report or a summary on stdout. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../cli/user-error.ts';
import { BuildStepError, runBuild, type BuildOutcome } from './run-build.ts';

export interface BuildCommandOptions {
  contentDir: string;
  outDir: string;
  popularFile?: string;
  format: 'text' | 'json';
  /** Reuse lint results of unchanged articles (default true). */
  cache?: boolean;
  write?: (text: string) => void;
  progress?: (text: string) => void;
}

const steps = { wait: 'Waiting for another build in this folder to finish…', 'lint-and-render': 'Checking articles (kb lint) and rendering pages (Astro)…', pagefind: 'Indexing for search (Pagefind)…' };

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** A summary line per outcome, for people. */
export function formatOutcome(outcome: BuildOutcome, cwd = process.cwd()): string {
  if (!outcome.ok) {
    return `${outcome.lint.report}\n✖ Build stopped: ${outcome.lint.errors} lint error${outcome.lint.errors === 1 ? '' : 's'}. Nothing was built; fix the articles above and run the build again.\n`;
  }
  const t = outcome.timings;
  const out = path.relative(cwd, outcome.outDir) || '.';
  const warn = outcome.lint.warnings > 0 ? ` (${outcome.lint.warnings} lint warning${outcome.lint.warnings === 1 ? '' : 's'}: run kb lint to see them)` : '';
  return (
    `✔ Built ${outcome.lint.articles} articles into ${out}/ in ${seconds(t.totalMs)}${warn}.\n` +
    `  lint ${seconds(t.lintMs)} · Astro ${seconds(t.astroMs)} · Pagefind ${seconds(t.pagefindMs)} · ${outcome.indexedPages} pages searchable\n`
  );
}

export async function buildCommand(options: BuildCommandOptions): Promise<number> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const progress = options.progress ?? ((text: string) => process.stderr.write(`${text}\n`));
  if (options.popularFile && !existsSync(options.popularFile)) {
    throw new UserError(`--popular ${options.popularFile}: no such file. Fix: point it at an analytics export (see site/lib/popular.ts), or leave it out.`, 2);
  }
  let outcome: BuildOutcome;
  try {
    outcome = await runBuild({ ...options, onStep: (step) => options.format === 'text' && progress(steps[step]) });
  } catch (error) {
    if (error instanceof BuildStepError) throw new UserError(`✖ Build failed. ${error.message}`);
    throw error;
  }
  if (options.format === 'json') {
    const { lint, timings, ...rest } = outcome;
    const ms = Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)]));
    const lintSummary = { errors: lint.errors, warnings: lint.warnings, articles: lint.articles, results: lint.passed ? undefined : lint.results };
    write(`${JSON.stringify({ ...rest, timings: ms, lint: lintSummary }, null, 2)}\n`);
  } else {
    write(formatOutcome(outcome));
  }
  return outcome.ok ? 0 : 1;
}

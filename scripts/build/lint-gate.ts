/**
 * The build's first step: the same lint as `kb lint` (`lintKbRun`), run
 * explicitly before anything is published; a build never depends on a
 * render-time plugin failing. The content-hash cache is on by default, so a
 * rebuild relints only the articles that changed (the cross-file rules
 * still rerun for all). Many articles to lint are shared out to worker
 * threads (see lint-workers.ts).
 */
import { formatText } from '../../plugins/lint/formatters/text.ts';
import { countMessages, type FileResult } from '../../plugins/lint/lint-message.ts';
import { workerPool } from '../lint/lint-workers.ts';
import { lintKbRun } from '../lint/run-lint.ts';

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

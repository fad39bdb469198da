/**
 * What `kb lint` does, as functions the CLI, the build gate and the reports
 * share: select the articles, lint them (through the cache when asked),
 * fix what is mechanical, print in the chosen format, return the exit code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { KbConfig } from '../../plugins/config/kb-config-schema.ts';
import { applyFixes } from '../../plugins/lint/apply-fixes.ts';
import type { SkippedPath } from '../../plugins/lint/article-files.ts';
import { formatJson } from '../../plugins/lint/formatters/json.ts';
import { formatJsonReport } from '../../plugins/lint/formatters/json-report.ts';
import { metricsJson, metricsTable } from '../../plugins/lint/formatters/metrics.ts';
import { formatSarif } from '../../plugins/lint/formatters/sarif.ts';
import { formatText } from '../../plugins/lint/formatters/text.ts';
import { ARTICLES_DIR } from '../../plugins/lint/kb-index.ts';
import { defaultCacheDir, LintCache } from '../../plugins/lint/lint-cache.ts';
import { createLinter, type FileLint, type LintOptions } from '../../plugins/lint/lint-files.ts';
import { countMessages, type FileResult, type LintFix } from '../../plugins/lint/lint-message.ts';
import { loadKbConfig } from '../lib/load-kb-config.ts';
import { resolveTargets } from '../lib/resolve-targets.ts';
import { workerPool } from './lint-workers.ts';
import { localeOfFile } from '../../plugins/lint/lint-core.ts';
import { uncheckedNotices } from '../../plugins/lint/language/unchecked-notices.ts';

export type LintFormat = 'text' | 'json' | 'json-report' | 'sarif';

export interface RunLintOptions {
  paths: readonly string[];
  contentDir: string;
  format: LintFormat;
  quiet?: boolean;
  /** Apply the mechanical fixes to the files, then report what is left. */
  fix?: boolean;
  metrics?: boolean;
  /** Exit 1 when there are more warnings than this. */
  maxWarnings?: number;
  /** Use the content-hash cache (default: off for `kb lint`, on for `kb build`). */
  cache?: boolean;
  cacheDir?: string;
  /** Worker threads for the articles to lint (default: one per core when 200+ need linting; 0 for none). */
  workers?: number;
  write?: (text: string) => void;
  writeError?: (text: string) => void;
}

export interface LintKbOptions {
  cache?: boolean;
  cacheDir?: string;
  config?: KbConfig;
  lintMany?: LintOptions['lintMany'];
}

export interface LintKbRun {
  results: FileLint[];
  skipped: SkippedPath[];
  cacheHits: number;
  /** What this run could not check for the languages it read (one line per language). */
  notices: string[];
}

/** The package version, for SARIF and the JSON report. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

/** Lints the KB (or the given paths) with every article as context. Throws UserError on bad config or paths. */
export async function lintKbRun(paths: readonly string[], contentDir: string, options: LintKbOptions = {}): Promise<LintKbRun> {
  const config = options.config ?? loadKbConfig(contentDir);
  const root = path.resolve(contentDir);
  const articlesDir = path.join(root, ARTICLES_DIR);
  const all = resolveTargets([], articlesDir, root);
  const targets = paths.length === 0 ? all : resolveTargets(paths, articlesDir, root);
  const cache = options.cache ? new LintCache(options.cacheDir ?? defaultCacheDir(), root, config) : undefined;
  const linter = createLinter({ contentDir: root, config, files: all.files, cache, lintMany: options.lintMany });
  const results = await linter.lintFiles(targets.files);
  if (cache) {
    if (paths.length === 0) cache.keepOnly(all.files);
    cache.save();
  }
  const locales = results.map((r) => localeOfFile(linter.setup, r.path));
  const notices = uncheckedNotices(locales, linter.setup.languageOf, config);
  return { results, skipped: paths.length === 0 ? all.skipped : targets.skipped, cacheHits: cache?.hits ?? 0, notices };
}

/** Lints the KB (or the given paths); returns every file's result. */
export async function lintKb(paths: readonly string[], contentDir: string, options: LintKbOptions = {}): Promise<FileResult[]> {
  const run = await lintKbRun(paths, contentDir, options);
  return run.results.map(({ file, messages }) => ({ file, messages }));
}

/** Applies the fixes of one pass; returns how many fixes were applied in how many files. */
function fixFiles(results: readonly FileLint[]): { fixes: number; files: number } {
  let fixes = 0;
  let files = 0;
  for (const result of results) {
    const pending = result.messages.map((m) => m.fix).filter((f): f is LintFix => f !== undefined);
    if (pending.length === 0) continue;
    const source = readFileSync(result.path, 'utf8');
    const { text, applied } = applyFixes(source, pending);
    if (applied === 0 || text === source) continue;
    writeFileSync(result.path, text);
    fixes += applied;
    files++;
  }
  return { fixes, files };
}

function readmeUrl(config: KbConfig): string {
  return config.lint.docs_url ?? pathToFileURL(new URL('../../README.md', import.meta.url).pathname).href;
}

/** Runs `kb lint` and returns its exit code. */
export async function runLint(options: RunLintOptions): Promise<number> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const writeError = options.writeError ?? ((text: string) => process.stderr.write(text));
  const config = loadKbConfig(options.contentDir);
  const lintOptions: LintKbOptions = { cache: options.cache, cacheDir: options.cacheDir, config, lintMany: workerPool(options.workers) };
  let run = await lintKbRun(options.paths, options.contentDir, lintOptions);
  for (const skip of run.skipped) writeError(`kb lint: skipped ${path.relative(process.cwd(), skip.path) || skip.path}: ${skip.reason}\n`);
  for (const notice of run.notices) writeError(`kb lint: info: ${notice}\n`);
  if (options.fix) {
    let fixed = 0;
    const changed = new Set<string>();
    // A fix can make room for another (sections moved, then stubs added): a few passes, until nothing changes.
    for (let pass = 0; pass < 4; pass++) {
      const step = fixFiles(run.results);
      if (step.fixes === 0) break;
      fixed += step.fixes;
      for (const r of run.results) if (r.messages.some((m) => m.fix)) changed.add(r.file);
      run = await lintKbRun(options.paths, options.contentDir, lintOptions);
    }
    writeError(fixed > 0 ? `kb lint --fix: applied ${fixed} fix${fixed === 1 ? '' : 'es'} in ${changed.size} article${changed.size === 1 ? '' : 's'}; what is left is below.\n` : 'kb lint --fix: nothing to fix.\n');
  }
  const results = run.results;
  const shown = options.quiet ? results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 'error') })) : results;
  const version = packageVersion();
  if (options.format === 'json') write(options.metrics ? metricsJson(shown) : formatJson(shown));
  else if (options.format === 'json-report') write(formatJsonReport(shown, { version, maxWarnings: options.maxWarnings, withMetrics: options.metrics }));
  else if (options.format === 'sarif') write(formatSarif(shown, { version, docsUrl: readmeUrl(config), severities: config.rules }));
  else {
    write(formatText(shown, { maxWarnings: options.maxWarnings }));
    if (options.metrics) write(`\n${metricsTable(shown)}`);
  }
  const counts = countMessages(results);
  if (counts.errors > 0) return 1;
  return options.maxWarnings !== undefined && counts.warnings > options.maxWarnings ? 1 : 0;
}

/**
 * Runs the lint core over files: reads each one (refusing non-UTF-8), takes
 * its own result from the cache or lints it, records every article's facts
 * in the index, then runs the cross-file rules and the waivers for each.
 * One malformed file never stops the others.
 */
import path from 'node:path';
import type { KbConfig } from '../config/kb-config-schema.ts';
import type { SkippedPath } from './article-files.ts';
import type { ArticleMetrics } from './article-metrics.ts';
import { contentHash, type LintCache } from './lint-cache.ts';
import { finishMessages, lintAgainstKb, lintArticle, type ArticleLint, type LintSetup } from './lint-core.ts';
import type { FileResult } from './lint-message.ts';
import { createSetup } from './lint-setup.ts';
import { readArticle } from './read-article.ts';

export interface LintOptions {
  /** KB root with `kb.config.yaml` and `articles/`. */
  contentDir: string;
  config?: KbConfig;
  /** Every article of the KB (the index); scanned when omitted. */
  files?: readonly string[];
  /** How paths appear in results; defaults to relative to the working directory. */
  displayPath?: (file: string) => string;
  cache?: LintCache;
  /** Lints the files that need it; default: in this thread. The build gate passes worker threads. */
  lintMany?: (setup: LintSetup, jobs: Array<{ file: string; text?: string; unreadable?: string }>) => Promise<ArticleLint[]>;
}

export interface FileLint extends FileResult {
  /** Absolute path. */
  path: string;
  metrics: ArticleMetrics;
}

export interface Linter {
  config: KbConfig;
  setup: LintSetup;
  /** What the article scan left out (link loops, links outside the KB). */
  skipped: SkippedPath[];
  /** Lints text as if it were the file at `file` (which need not exist). */
  lintText(text: string, file: string): Promise<FileResult>;
  /** Reads and lints one file. */
  lintFile(file: string): Promise<FileResult>;
  /** Lints many files; results come back in the same order. */
  lintFiles(files: readonly string[]): Promise<FileLint[]>;
}

/** Lints jobs one after another in this thread. */
export function lintInThread(setup: LintSetup, jobs: Array<{ file: string; text?: string; unreadable?: string }>): Promise<ArticleLint[]> {
  return Promise.resolve(jobs.map((job) => lintArticle(setup, job.file, job.unreadable !== undefined ? { unreadable: job.unreadable } : { text: job.text ?? '' })));
}

/** Creates a linter for one KB; config and index are loaded once and shared by every file. */
export function createLinter(options: LintOptions): Linter {
  const { setup, skipped } = createSetup(options.contentDir, { config: options.config, files: options.files });
  const display = options.displayPath ?? ((file: string) => path.relative(process.cwd(), file) || file);
  const lintMany = options.lintMany ?? lintInThread;

  async function lintFiles(files: readonly string[]): Promise<FileLint[]> {
    const absolute = files.map((f) => path.resolve(f));
    const local: Array<ArticleLint | undefined> = new Array(absolute.length);
    const jobs: Array<{ file: string; text?: string; unreadable?: string; index: number; hash?: string }> = [];
    absolute.forEach((file, i) => {
      const read = readArticle(file, display(file));
      if (!read.ok) {
        jobs.push({ file, unreadable: read.reason, index: i });
        return;
      }
      const hash = options.cache ? contentHash(read.text) : undefined;
      const cached = hash ? options.cache?.get(file, hash) : undefined;
      if (cached) local[i] = cached;
      else jobs.push({ file, text: read.text, index: i, hash });
    });
    const linted = await lintMany(setup, jobs.map(({ file, text, unreadable }) => ({ file, text, unreadable })));
    jobs.forEach((job, j) => {
      const lint = linted[j] as ArticleLint;
      local[job.index] = lint;
      if (job.hash && options.cache) options.cache.set(job.file, job.hash, lint);
    });
    for (const lint of local) if (lint) setup.index.setFacts(lint.facts);
    return absolute.map((file, i) => {
      const lint = local[i] as ArticleLint;
      const messages = finishMessages(setup, lint.facts, [...lint.messages, ...lintAgainstKb(setup, lint.facts)]);
      return { file: display(file), path: file, messages, metrics: lint.metrics };
    });
  }

  return {
    config: setup.config,
    setup,
    skipped,
    async lintText(text, file) {
      const absolute = path.resolve(file);
      const lint = lintArticle(setup, absolute, { text });
      const messages = finishMessages(setup, lint.facts, [...lint.messages, ...lintAgainstKb(setup, lint.facts)]);
      return { file: display(absolute), messages };
    },
    async lintFile(file) {
      const [result] = await lintFiles([file]);
      return { file: (result as FileLint).file, messages: (result as FileLint).messages };
    },
    lintFiles,
  };
}

/** Lints many files in order; results come back in the same order. */
export async function lintFiles(files: readonly string[], options: LintOptions): Promise<FileResult[]> {
  const results = await createLinter(options).lintFiles(files);
  return results.map(({ file, messages }) => ({ file, messages }));
}

/**
 * `kb build` as a function: the lint gate, the Astro render and the
 * Pagefind index. The lint runs side by side with the render (a child
 * process writing a staging folder) and the index that follows it; the
 * output folder is only replaced when the lint passed and every step
 * succeeded. A lint error stops the render at once and leaves the output
 * folder as it was, so no page of a failing KB is ever published.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadKbConfig } from '../lib/load-kb-config.ts';
import { projectRoot, type AstroBuildOptions } from './astro-build.ts';
import { acquireBuildLock } from './build-lock.ts';
import { runLintGate, type LintGateResult } from './lint-gate.ts';
import { indexSite } from './pagefind-index.ts';
import { moveFolder } from '../lib/move-folder.ts';

export interface RunBuildOptions {
  contentDir: string;
  outDir: string;
  popularFile?: string;
  /** Reuse lint results of unchanged articles (default true). */
  cache?: boolean;
  /** Called as each step starts, for progress output. */
  onStep?: (step: 'wait' | 'lint-and-render' | 'pagefind') => void;
}

export interface BuildTimings {
  lintMs: number;
  astroMs: number;
  pagefindMs: number;
  totalMs: number;
}

export type BuildOutcome =
  | { ok: false; lint: LintGateResult; timings: Pick<BuildTimings, 'lintMs' | 'totalMs'> }
  | { ok: true; lint: LintGateResult; timings: BuildTimings; outDir: string; indexedPages: number; searchIndexBytes: number };

/** Thrown when Astro or Pagefind fail after the lint passed. */
export class BuildStepError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildStepError';
  }
}

interface RenderJob {
  done: Promise<{ code: number | null; stderr: string; ms: number }>;
  stop(): void;
}

function startRender(options: AstroBuildOptions): RenderJob {
  const start = performance.now();
  // Astro resolves its temporary chunks from the working directory: run it in the project.
  const child = spawn(process.execPath, [...process.execArgv, new URL('./astro-child.ts', import.meta.url).pathname, JSON.stringify(options)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: projectRoot,
  });
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const done = new Promise<{ code: number | null; stderr: string; ms: number }>((resolve) => {
    child.on('error', (error) => resolve({ code: 1, stderr: error.message, ms: performance.now() - start }));
    child.on('close', (code) => resolve({ code, stderr, ms: performance.now() - start }));
  });
  return { done, stop: () => child.kill('SIGTERM') };
}

/** Runs the build; returns the lint result instead of a site when the lint has errors. */
export async function runBuild(options: RunBuildOptions): Promise<BuildOutcome> {
  const config = loadKbConfig(options.contentDir); // Bad config fails here, before any work.
  const language = config.site.language;
  // Stage inside the project whatever --out says: Astro's prerender chunks import
  // packages by name, which only resolve below the project's node_modules.
  const staging = path.join(projectRoot, 'node_modules', '.cache', 'kb-build', `${path.basename(options.outDir)}-${process.pid}`);
  const release = await acquireBuildLock(path.join(projectRoot, 'node_modules', '.cache', 'kb-build.lock'), () => options.onStep?.('wait'));
  const start = performance.now();
  rmSync(staging, { recursive: true, force: true });
  try {
    options.onStep?.('lint-and-render');
    const render = startRender({
      contentDir: path.resolve(options.contentDir),
      outDir: staging,
      popularFile: options.popularFile ? path.resolve(options.popularFile) : undefined,
    });
    let stopped = false;
    // Render, then index, while the lint runs: Pagefind only needs the rendered pages.
    // Never rejects: a failure is reported once the lint result is known (a lint error wins).
    const pipeline = (async () => {
      const rendered = await render.done;
      if (rendered.code !== 0 || stopped) return { rendered };
      options.onStep?.('pagefind');
      const pagefindStart = performance.now();
      try {
        const index = await indexSite(staging, language, config.title.action_verbs, config.site.locales.length > 0, config.search.synonyms);
        return { rendered, index, pagefindMs: performance.now() - pagefindStart };
      } catch (error) {
        return { rendered, indexError: error instanceof Error ? error.message : String(error) };
      }
    })();
    const stop = async () => {
      stopped = true;
      render.stop();
      await pipeline;
    };
    let lint: LintGateResult;
    try {
      lint = await runLintGate(options.contentDir, { cache: options.cache ?? true });
    } catch (error) {
      await stop();
      throw error;
    }
    const lintMs = performance.now() - start;
    if (!lint.passed) {
      await stop();
      return { ok: false, lint, timings: { lintMs, totalMs: performance.now() - start } };
    }
    const { rendered, index, pagefindMs, indexError } = await pipeline;
    if (rendered.code !== 0) {
      throw new BuildStepError(`Astro could not build the site:\n${rendered.stderr.trim() || `exit code ${rendered.code}`}`);
    }
    if (!index || pagefindMs === undefined) throw new BuildStepError(`Pagefind could not index the site: ${indexError ?? 'no index'}`);

    rmSync(options.outDir, { recursive: true, force: true });
    moveFolder(staging, options.outDir);
    return {
      ok: true,
      lint,
      outDir: options.outDir,
      indexedPages: index.pages,
      searchIndexBytes: index.bytes,
      timings: { lintMs, astroMs: rendered.ms, pagefindMs, totalMs: performance.now() - start },
    };
  } finally {
    if (existsSync(staging)) rmSync(staging, { recursive: true, force: true });
    release();
  }
}


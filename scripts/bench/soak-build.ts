/**
 * `npm run bench:soak`: builds the same generated KB (1,000 articles by
 * default) many times in a row with `kb build`, as a user runs it, while
 * busy loops keep the cores loaded, and counts the builds that fail or
 * ship a broken search index (every Pagefind file is read back, see
 * `lib/verify-search-index.ts`). A build that fails at random under load
 * is a build a team stops trusting: the target is 0 failures.
 *
 *   node scripts/bench/soak-build.ts [--count 1000] [--builds 20] [--stress 2] [--out FILE]
 *
 * `--stress N` runs N busy loops beside the builds (default: one per core),
 * so the lint workers, Astro and Pagefind compete for the cores as on a
 * busy CI runner; `--stress 0` builds on an otherwise idle machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseWholeNumber, readOptions } from './lib/bench-options.ts';
import { printSummary, writeJson } from './lib/bench-output.ts';
import { buildOurs } from './lib/build-ours.ts';
import { generateArticles } from './lib/generate-articles.ts';
import { describeMachine, loadAverages } from './lib/machine.ts';
import { onInterrupt } from './lib/on-interrupt.ts';
import { verifySearchIndex } from './lib/verify-search-index.ts';
import { createWorkspace } from './lib/workspace.ts';

const { values, count, builds, stress } = readOptions(() => {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      builds: { type: 'string', default: '20' },
      stress: { type: 'string', default: String(availableParallelism()) },
      out: { type: 'string' },
    },
  });
  const stressValue = values.stress.trim() === '0' ? 0 : parseWholeNumber(values.stress, '--stress', 64);
  return { values, count: parseWholeNumber(values.count, '--count', 10_000), builds: parseWholeNumber(values.builds, '--builds', 500), stress: stressValue };
});

/** Busy loops in their own processes: they load the cores the way other jobs on a CI runner do. */
function startStress(n: number): ChildProcess[] {
  return Array.from({ length: n }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
}

interface BuildRun {
  build: number;
  ok: boolean;
  wall_seconds: number;
  /** Why it failed: the build's own message, or what the index check found. */
  failure?: string;
}

const workspace = createWorkspace(`soak-${count}`);
const burners = startStress(stress);
const stopBurners = () => {
  for (const burner of burners) burner.kill('SIGKILL');
};
const cancelStop = onInterrupt(stopBurners);
const runs: BuildRun[] = [];
const loadStart = loadAverages();
try {
  const kbDir = path.join(workspace.dir, 'kb');
  const outDir = path.join(workspace.dir, 'dist');
  process.stderr.write(`soak: generating ${count} articles; ${builds} builds with ${stress} busy loop(s) beside them…\n`);
  generateArticles({ count, dir: kbDir });
  for (let i = 1; i <= builds; i++) {
    const started = Date.now();
    let run: BuildRun;
    try {
      const built = await buildOurs(kbDir, outDir);
      const index = verifySearchIndex(outDir);
      run = { build: i, ok: index.ok, wall_seconds: Number((built.wallMs / 1000).toFixed(1)) };
      if (!index.ok) run.failure = `search index damaged: ${index.problems.slice(0, 3).join('; ')}`;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      run = { build: i, ok: false, wall_seconds: Number(((Date.now() - started) / 1000).toFixed(1)), failure: message.split('\n').filter(Boolean).slice(-3).join(' | ') };
    }
    runs.push(run);
    process.stderr.write(`soak: build ${i}/${builds} ${run.ok ? 'passed' : `FAILED: ${run.failure}`} (${run.wall_seconds} s)\n`);
  }
} finally {
  stopBurners();
  cancelStop();
  workspace.remove();
}

const failures = runs.filter((r) => !r.ok);
const result = {
  name: 'build-soak',
  articles: count,
  builds,
  stress_loops: stress,
  passed: builds - failures.length,
  failures: failures.length,
  failure_messages: failures.map((f) => `build ${f.build}: ${f.failure}`),
  wall_seconds: runs.map((r) => r.wall_seconds),
  load_average: { start: loadStart, end: loadAverages() },
  targets: { failures: 0 },
  met: { no_failures: failures.length === 0 },
  machine: describeMachine(),
};
printSummary([result]);
if (values.out) writeJson(values.out, result);
if (failures.length > 0) process.exitCode = 1;

/**
 * `npm run bench`: every benchmark in one run, one table, one JSON file.
 * Each benchmark is its own script, run here as a child process with
 * `--out`: lint speed, build against Starlight (1,000 and 5,000 articles),
 * Lighthouse and search against Starlight on the sites of the largest
 * count, search quality on the sample KB (ours and Pagefind's default UI),
 * the analytics API and the reports. The JSON (default
 * `reports/bench/latest.json`) holds one object per benchmark (`name`, its
 * figures, `ratio` = ours ÷ theirs for comparisons) and the machine,
 * with the load average at the start and the end.
 *
 *   node scripts/bench/all.ts [--only lint,build,lighthouse,search,search-quality,api,reports]
 *     [--counts 1000,5000] [--runs 3] [--api-duration 60] [--out FILE]
 *
 * `--runs` is the number of side-by-side rounds of the build and Lighthouse
 * comparisons and of the lint benchmark; search rounds are quick, so it gets
 * 2 × runs − 1. A quick pass while working: `--counts 1000 --runs 1`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { BENCHMARKS, parseCounts, parseOnly, parseRuns, parseWholeNumber, readOptions, type BenchmarkName } from './lib/bench-options.ts';
import { writeJson } from './lib/bench-output.ts';
import { describeMachine, loadAverages } from './lib/machine.ts';
import { obtainSites, type ObtainedSites } from './lib/obtain-sites.ts';
import { formatSummary } from './lib/summary-rows.ts';
import { toolVersions, type ToolVersions } from './lib/tool-versions.ts';
import { createWorkspace, projectRoot } from './lib/workspace.ts';

const USAGE = `Usage: npm run bench -- [options]   (node scripts/bench/all.ts)

Runs the benchmarks, prints one table and writes the figures as JSON.

  --only LIST          some of: ${BENCHMARKS.join(',')} (default: all)
  --counts LIST        article counts of the build comparison (default: 1000,5000);
                       lint uses the smallest, Lighthouse and search the largest
  --runs N             side-by-side rounds per comparison (default: 3; search: 2N − 1)
  --api-duration S     seconds of load per API target (default: 60)
  --out FILE           the JSON file (default: reports/bench/latest.json)

Quick pass while working: npm run bench -- --only build,lighthouse --counts 1000 --runs 1
`;

const { values, only, counts, runs, apiDuration } = readOptions(() => {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      counts: { type: 'string', default: '1000,5000' },
      runs: { type: 'string', default: '3' },
      'api-duration': { type: 'string', default: '60' },
      out: { type: 'string', default: path.join(projectRoot, 'reports', 'bench', 'latest.json') },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  return {
    values,
    only: parseOnly(values.only),
    counts: parseCounts(values.counts),
    runs: parseRuns(values.runs),
    apiDuration: parseWholeNumber(values['api-duration'], '--api-duration', 3600),
  };
});
const smallest = counts[0] as number;
const largest = counts.at(-1) as number;

const here = (script: string) => new URL(script, import.meta.url).pathname;
const machine = describeMachine();
const versions = toolVersions();
const loadStart = loadAverages();
const startedAt = new Date();
const started = performance.now();
const outputs = mkdtempSync(path.join(tmpdir(), 'kb-bench-all-'));

/** Runs one benchmark script; its progress and own table go to stderr, its JSON to a file. */
function runScript(script: string, args: readonly string[], out: string): Promise<{ code: number | null; json: unknown }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [here(script), ...args, '--out', out], { cwd: projectRoot, stdio: ['ignore', 2, 2] });
    child.on('error', reject);
    child.on('close', (code) => {
      let json: unknown;
      // A benchmark may exit non-zero because a target was missed and still have written its figures.
      if (existsSync(out)) json = JSON.parse(readFileSync(out, 'utf8')) as unknown;
      resolve({ code, json });
    });
  });
}

const results: unknown[] = [];
const failures: string[] = [];

/** Runs `name`'s script and adds its result objects (or a failure) to the table. */
async function run(name: BenchmarkName, script: string, args: readonly string[]): Promise<void> {
  const began = performance.now();
  process.stderr.write(`\n== ${name}: node ${path.relative(projectRoot, here(script))} ${args.join(' ')}\n`);
  const { code, json } = await runScript(script, args, path.join(outputs, `${name}.json`));
  process.stderr.write(`== ${name}: ${((performance.now() - began) / 60_000).toFixed(1)} min, exit code ${code}\n`);
  if (json === undefined) {
    failures.push(name);
    results.push({ name, error: `${script} exited with code ${code} without writing results; its output is above.` });
    return;
  }
  results.push(...(Array.isArray(json) ? json : [json]));
}

let sites: ObtainedSites | undefined;
const sitesWorkspace = only.includes('lighthouse') || only.includes('search') ? createWorkspace('sites') : undefined;
try {
  for (const name of only) {
    if (name === 'lint') await run(name, 'lint.ts', ['--count', String(smallest), '--runs', String(runs)]);
    if (name === 'build') {
      const keep = sitesWorkspace ? ['--keep', sitesWorkspace.dir] : [];
      await run(name, 'compare-build.ts', ['--counts', counts.join(','), '--runs', String(runs), ...keep]);
      if (sitesWorkspace && existsSync(path.join(sitesWorkspace.dir, 'sites.json'))) sites = await obtainSites(sitesWorkspace.dir, largest, 'bench');
    }
    if (name === 'lighthouse' || name === 'search') {
      try {
        // Without the build comparison in this run, both sites are built once here for the page benchmarks.
        sites ??= await obtainSites(undefined, largest, 'bench');
      } catch (error) {
        failures.push(name);
        results.push({ name, error: `could not build the sites to measure: ${error instanceof Error ? error.message : String(error)}` });
        continue;
      }
      const pageRuns = name === 'search' ? 2 * runs - 1 : runs;
      await run(name, `${name}.ts`, ['--sites', sites.dir, '--runs', String(pageRuns)]);
    }
    if (name === 'search-quality') await run(name, 'search-quality.ts', []);
    if (name === 'api') await run(name, 'api.ts', ['--duration', String(apiDuration)]);
    if (name === 'reports') await run(name, 'reports.ts', []);
  }
} finally {
  sites?.cleanup();
  sitesWorkspace?.remove();
  rmSync(outputs, { recursive: true, force: true });
}

/** `file` relative to the working folder when it is inside it, else absolute. */
function shortPath(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(file) : relative;
}

// Figures from before and after a dependency update do not compare: say so when one happened mid-run.
const versionsAtEnd = toolVersions();
const changed = (Object.keys(versions) as Array<keyof ToolVersions>).filter((tool) => versions[tool] !== versionsAtEnd[tool]);
if (changed.length > 0) process.stderr.write(`Warning: ${changed.map((tool) => `${tool} changed from ${versions[tool]} to ${versionsAtEnd[tool]}`).join(', ')} during the run; run it again for figures that compare.\n`);

const report = {
  command: `node scripts/bench/all.ts ${process.argv.slice(2).join(' ')}`.trim(),
  started_at: startedAt.toISOString(),
  minutes: Number(((performance.now() - started) / 60_000).toFixed(1)),
  machine: { ...machine, load_average_start: loadStart, load_average_end: loadAverages() },
  versions: changed.length > 0 ? { start: versions, end: versionsAtEnd } : versions,
  options: { only, counts, runs },
  benchmarks: results,
};
writeJson(values.out, report);
const m = report.machine;
process.stdout.write(
  `\nMachine: ${m.cpu}, ${m.cores} cores, ${m.memory_gb} GB, ${m.os}, Node ${m.node}; ` +
    `load average (1/5/15 min) ${m.load_average_start.join(' / ')} at the start, ${m.load_average_end.join(' / ')} at the end; ${report.minutes} min.\n` +
    `Tools: Astro ${versionsAtEnd.astro}, Starlight ${versionsAtEnd.starlight}, Pagefind ${versionsAtEnd.pagefind}, Lighthouse ${versionsAtEnd.lighthouse}, ${versionsAtEnd.chromium}.\n\n` +
    `${formatSummary(results)}\n\nJSON: ${shortPath(values.out)}\n`,
);
if (failures.length > 0) {
  process.stderr.write(`These benchmarks did not run to the end: ${failures.join(', ')}.\n`);
  process.exitCode = 1;
}

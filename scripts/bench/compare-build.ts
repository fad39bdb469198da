/**
 * Build time against Starlight: the same generated articles (1,000 and
 * 5,000 by default) built by `kb build` (lint gate, Astro, Pagefind) and by
 * a plain Starlight site (its defaults, its built-in Pagefind search),
 * alternately, cold each time. Reports wall time, CPU time, peak memory of
 * the whole process tree, `dist/` and search-index size, the gzipped HTML,
 * CSS and up-front JavaScript of one article page, the median ratio
 * ours ÷ Starlight, and how time per article grows with the KB.
 *
 *   node scripts/bench/compare-build.ts [--counts 1000,5000] [--runs 3] [--out FILE] [--keep DIR]
 *
 * `--keep DIR` keeps both sites built from the last count in DIR (with
 * `sites.json`), for `lighthouse.ts --sites DIR` and `search.ts --sites DIR`.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildStarlight } from './starlight/build-starlight.ts';
import { alternate, medianRatio, round } from './lib/alternate.ts';
import { buildOurs } from './lib/build-ours.ts';
import { describeBuiltSite, type BuiltSite } from './lib/built-site.ts';
import { parseCounts, parseRuns, readOptions } from './lib/bench-options.ts';
import { loadAverages } from './lib/machine.ts';
import { median } from './lib/run-worker.ts';
import { keepBuiltSites, pageUrlPath, prepareSitePair } from './lib/site-pair.ts';
import { printSummary, writeJson } from './lib/bench-output.ts';
import { toolVersions } from './lib/tool-versions.ts';
import { createWorkspace } from './lib/workspace.ts';

/** Build-time ratio targets by article count (issue: at most 0.65× Starlight at 1,000, 0.2× at 5,000). */
const BUILD_RATIO_TARGETS: Readonly<Record<number, number>> = { 1000: 0.65, 5000: 0.2 };
/** Our time per article at the largest count may exceed that at the smallest by at most this factor. */
const SCALING_TARGET = 1.1;

interface RunFigures {
  wallMs: number;
  cpuSeconds: number | null;
  peakRssBytes: number;
  stages?: { lintMs: number; astroMs: number; pagefindMs: number };
}

const mb = (bytes: number) => round(bytes / 2 ** 20, 1);
const kb = (bytes: number) => round(bytes / 1024, 1);

function sideFigures(runs: RunFigures[], site: BuiltSite, count: number) {
  const wall = median(runs.map((r) => r.wallMs));
  const cpu = runs.every((r) => r.cpuSeconds !== null) ? median(runs.map((r) => r.cpuSeconds as number)) : null;
  const stages = runs.every((r) => r.stages)
    ? {
        // Lint and Astro run side by side; Pagefind follows Astro.
        lint_seconds: round(median(runs.map((r) => r.stages?.lintMs ?? 0)) / 1000),
        astro_seconds: round(median(runs.map((r) => r.stages?.astroMs ?? 0)) / 1000),
        pagefind_seconds: round(median(runs.map((r) => r.stages?.pagefindMs ?? 0)) / 1000),
      }
    : {};
  return {
    wall_seconds: round(wall / 1000),
    wall_seconds_runs: runs.map((r) => round(r.wallMs / 1000)),
    ms_per_article: round(wall / count, 2),
    cpu_seconds: cpu === null ? null : round(cpu, 1),
    ...stages,
    peak_memory_mb: Math.round(Math.max(...runs.map((r) => r.peakRssBytes)) / 2 ** 20),
    dist_mb: mb(site.distBytes),
    search_index_mb: mb(site.searchIndexBytes),
    article_page_kb_gzip: { html: kb(site.page.htmlBytes), css: kb(site.page.cssBytes), js: kb(site.page.jsBytes) },
  };
}

type SideFigures = ReturnType<typeof sideFigures>;

/** Builds both sites `runs` times at `count` articles and returns the comparison. */
async function compareAt(count: number, runs: number, keepDir: string | undefined) {
  const scratch = createWorkspace(`build-${count}`);
  const workspace = scratch.dir;
  try {
    const loadStart = loadAverages();
    process.stderr.write(`build ${count}: generating the articles and the Starlight site in ${workspace}…\n`);
    const pair = prepareSitePair(workspace, count);
    const oursDist = path.join(workspace, 'ours-dist');
    const pairs = await alternate<RunFigures, RunFigures>(
      runs,
      async (round) => {
        const run = await buildOurs(pair.kbDir, oursDist, (text) => process.stderr.write(`build ${count}: ${text}\n`));
        process.stderr.write(`build ${count}, run ${round + 1}/${runs}: ours ${(run.wallMs / 1000).toFixed(1)} s\n`);
        return { wallMs: run.wallMs, cpuSeconds: run.cpuSeconds, peakRssBytes: run.peakRssBytes, stages: run.json.timings };
      },
      async (round) => {
        const run = await buildStarlight(pair.starlightDir);
        process.stderr.write(`build ${count}, run ${round + 1}/${runs}: Starlight ${(run.wallMs / 1000).toFixed(1)} s\n`);
        return { wallMs: run.wallMs, cpuSeconds: run.cpuSeconds, peakRssBytes: run.peakRssBytes };
      },
    );
    const starlightDist = path.join(pair.starlightDir, 'dist');
    const ours = sideFigures(
      pairs.map((p) => p.ours),
      describeBuiltSite(oursDist, pair.oursPage),
      count,
    );
    const starlight = sideFigures(
      pairs.map((p) => p.theirs),
      describeBuiltSite(starlightDist, pair.starlightPage),
      count,
    );
    const ratioOf = (figure: (s: SideFigures) => number | null) => {
      const a = figure(ours);
      const b = figure(starlight);
      return a === null || b === null || b === 0 ? null : round(a / b);
    };
    const ratio = round(medianRatio(pairs, (o) => o.wallMs, (t) => t.wallMs) ?? Number.NaN);
    const target = BUILD_RATIO_TARGETS[count] ?? null;
    const page = ours.article_page_kb_gzip;
    const theirsPage = starlight.article_page_kb_gzip;
    const tools = toolVersions();
    const result = {
      name: `build-${count}`,
      articles: count,
      runs,
      // Both sites build with the same Astro and Pagefind.
      versions: { astro: tools.astro, starlight: tools.starlight, pagefind: tools.pagefind },
      article_page: { ours: pageUrlPath(pair.oursPage), starlight: pageUrlPath(pair.starlightPage) },
      ours,
      starlight,
      ratio,
      ratios: {
        cpu_seconds: round(medianRatio(pairs, (o) => o.cpuSeconds, (t) => t.cpuSeconds) ?? Number.NaN),
        peak_memory: ratioOf((s) => s.peak_memory_mb),
        dist: ratioOf((s) => s.dist_mb),
        search_index: ratioOf((s) => s.search_index_mb),
        page_html: ratioOf((s) => s.article_page_kb_gzip.html),
        page_css: ratioOf((s) => s.article_page_kb_gzip.css),
        page_js: ratioOf((s) => s.article_page_kb_gzip.js),
      },
      targets: { ratio_max: target, page_bytes: 'below Starlight' },
      met: {
        ratio: target === null ? null : ratio <= target,
        page_bytes: page.html < theirsPage.html && page.css < theirsPage.css && page.js < theirsPage.js,
      },
      load_average: { start: loadStart, end: loadAverages() },
    };
    if (keepDir !== undefined) {
      keepBuiltSites(pair, oursDist, starlightDist, keepDir);
      process.stderr.write(`build ${count}: kept both sites in ${keepDir}\n`);
    }
    return result;
  } finally {
    scratch.remove();
  }
}

type CountResult = Awaited<ReturnType<typeof compareAt>>;

/** Time per article from the smallest to the largest count, for both sides, and whether our pages stay the same size. */
function scaling(results: readonly CountResult[]) {
  const first = results[0];
  const last = results.at(-1);
  if (!first || !last || first === last) return undefined;
  const growth = (side: 'ours' | 'starlight') => round(last[side].ms_per_article / first[side].ms_per_article);
  const pageOf = (r: CountResult) => r.ours.article_page_kb_gzip;
  // Flat: the same article's page weighs the same (within 0.2 KB of rounding) at every count.
  const flat = results.every((r) => (['html', 'css', 'js'] as const).every((k) => Math.abs(pageOf(r)[k] - pageOf(first)[k]) <= 0.2));
  const ours = growth('ours');
  const starlight = growth('starlight');
  return {
    name: 'build-scaling',
    counts: results.map((r) => r.articles),
    ours: { ms_per_article: results.map((r) => r.ours.ms_per_article), growth: ours, article_page_kb_gzip: results.map(pageOf) },
    starlight: { ms_per_article: results.map((r) => r.starlight.ms_per_article), growth: starlight, article_page_kb_gzip: results.map((r) => r.starlight.article_page_kb_gzip) },
    ratio: round(ours / starlight),
    targets: { ours_growth_max: SCALING_TARGET, page_bytes: 'flat in the article count' },
    met: { growth: ours <= SCALING_TARGET, page_flat: flat },
  };
}

const { values, counts, runs } = readOptions(() => {
  const { values } = parseArgs({
    options: { counts: { type: 'string', default: '1000,5000' }, runs: { type: 'string', default: '3' }, out: { type: 'string' }, keep: { type: 'string' } },
  });
  return { values, counts: parseCounts(values.counts), runs: parseRuns(values.runs) };
});
const perCount: CountResult[] = [];
for (const [i, count] of counts.entries()) perCount.push(await compareAt(count, runs, i === counts.length - 1 ? values.keep : undefined));
const scale = scaling(perCount);
const results: object[] = scale ? [...perCount, scale] : perCount;
printSummary(results);
if (values.out) writeJson(values.out, results);

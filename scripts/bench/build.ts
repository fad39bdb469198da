/**
 * `npm run bench:build`: a cold `kb build` of a generated KB (1,000 articles
 * of ~600 words by default): lint, Astro and Pagefind times, peak memory of
 * the whole process tree, output and search-index size, and what one
 * article page weighs (gzipped HTML, CSS and up-front JavaScript).
 *
 *   node scripts/bench/build.ts [--count 1000] [--out FILE] [--keep]
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pageWeight } from '../build/page-weight.ts';
import { parseWholeNumber, readOptions } from './lib/bench-options.ts';
import { buildOurs } from './lib/build-ours.ts';
import { folderBytes } from './lib/folder-bytes.ts';
import { generateArticles } from './lib/generate-articles.ts';
import { describeMachine, loadAverages } from './lib/machine.ts';

const { values, count } = readOptions(() => {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '1000' }, out: { type: 'string' }, keep: { type: 'boolean', default: false } },
  });
  // Six articles is the smallest KB the generator can give every category.
  const count = parseWholeNumber(values.count, '--count', 100_000);
  if (count < 6) throw new Error(`--count ${values.count}: expected at least 6 articles.`);
  return { values, count };
});

const work = mkdtempSync(path.join(tmpdir(), 'kb-bench-build-'));
const contentDir = path.join(work, 'kb');
const outDir = path.join(work, 'dist');

const seconds = (ms: number) => Number((ms / 1000).toFixed(2));
const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));

try {
  process.stderr.write(`Generating ${count} articles in ${contentDir}…\n`);
  const generated = generateArticles({ count, dir: contentDir });
  process.stderr.write('Building (cold: fresh Astro cache, empty output folder)…\n');
  const [loadBefore] = loadAverages();
  const { json, wallMs, peakRssBytes: peakBytes, cpuSeconds } = await buildOurs(contentDir, outDir, (text) => process.stderr.write(`${text}\n`));
  const article = readdirSync(path.join(outDir, 'articles')).sort()[0] ?? '';
  const weight = pageWeight(outDir, `articles/${article}/index.html`);
  const target = count === 1000 ? 13 : count === 5000 ? 13 * 5.5 : null;
  const result = {
    name: `build-${count}`,
    articles: count,
    words_per_article: Math.round(generated.totalWords / count),
    wall_seconds: seconds(wallMs),
    // CPU time of the whole build (lint, Astro, Pagefind): on a busy machine, wall time grows but this does not.
    cpu_seconds: cpuSeconds === null ? null : Number(cpuSeconds.toFixed(1)),
    load_average_before: loadBefore,
    build_seconds: seconds(json.timings.totalMs),
    // Lint and Astro run side by side, so these overlap; Pagefind runs after both.
    lint_seconds: seconds(json.timings.lintMs),
    astro_seconds: seconds(json.timings.astroMs),
    pagefind_seconds: seconds(json.timings.pagefindMs),
    peak_memory_mb: peakBytes > 0 ? Math.round(peakBytes / 2 ** 20) : null,
    dist_mb: Number((folderBytes(outDir) / 2 ** 20).toFixed(1)),
    search_index_mb: Number((json.searchIndexBytes / 2 ** 20).toFixed(2)),
    searchable_pages: json.indexedPages,
    article_page_kb_gzip: { html: kb(weight.htmlBytes), css: kb(weight.cssBytes), js: kb(weight.jsBytes) },
    targets: {
      wall_seconds: target,
      article_page_kb_gzip: { html: 10, css: 12, js: 6 },
    },
    machine: describeMachine(),
  };
  console.table({
    articles: result.articles,
    'words per article': result.words_per_article,
    'wall time (s)': result.wall_seconds,
    'CPU time, all processes (s)': result.cpu_seconds ?? '-',
    'load average before': result.load_average_before ?? '-',
    'lint (s, runs beside Astro)': result.lint_seconds,
    'Astro (s)': result.astro_seconds,
    'Pagefind (s)': result.pagefind_seconds,
    'peak memory, process tree (MB)': result.peak_memory_mb,
    'dist/ (MB)': result.dist_mb,
    'search index (MB)': result.search_index_mb,
    'article page HTML (KB gz)': result.article_page_kb_gzip.html,
    'article page CSS (KB gz)': result.article_page_kb_gzip.css,
    'article page JS (KB gz)': result.article_page_kb_gzip.js,
    'target wall time (s)': result.targets.wall_seconds ?? '-',
  });
  if (values.out) writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  else process.stderr.write(`Kept ${work}\n`);
}

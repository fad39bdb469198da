/**
 * `npm run bench:build`: a cold `kb build` of a generated KB (1,000 articles
 * of ~600 words by default): lint, Astro and Pagefind times, peak memory of
 * the whole process tree, output and search-index size, and what one
 * article page weighs (gzipped HTML, CSS and up-front JavaScript).
 * By default (`--locales 2`; `--locales 1` skips it) it then builds the
 * same KB with a German translation of every article and reports the ratio
 * of the two (target ≤ 2.1×: the cost per article page stays flat) and
 * both article pages' weights.
 *
 *   node scripts/bench/build.ts [--count 1000] [--locales 1|2] [--out FILE] [--keep]
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pageWeight } from '../build/page-weight.ts';
import { parseWholeNumber, readOptions } from './lib/bench-options.ts';
import { buildOurs } from './lib/build-ours.ts';
import { folderBytes } from './lib/folder-bytes.ts';
import { generateArticles } from './lib/generate-articles.ts';
import { addGermanTranslations } from './lib/generate-translations.ts';
import { describeMachine, loadAverages } from './lib/machine.ts';

const { values, count } = readOptions(() => {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '1000' }, locales: { type: 'string', default: '2' }, out: { type: 'string' }, keep: { type: 'boolean', default: false } },
  });
  if (values.locales !== '1' && values.locales !== '2') throw new Error(`--locales ${values.locales}: expected 1 or 2.`);
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
  // The two-language KB is built from a copy, so both builds read the same English articles.
  const twoLocales = values.locales === '2' ? path.join(work, 'kb-de') : undefined;
  if (twoLocales) {
    cpSync(contentDir, twoLocales, { recursive: true });
    addGermanTranslations({ ...generated, dir: twoLocales });
  }
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
  let output: object = result;
  if (twoLocales) {
    process.stderr.write(`Building the same ${count} articles with a German translation each…\n`);
    const outTwo = path.join(work, 'dist-de');
    const two = await buildOurs(twoLocales, outTwo, (text) => process.stderr.write(`${text}\n`));
    const weightEn = pageWeight(outTwo, `articles/${article}/index.html`);
    const weightDe = pageWeight(outTwo, `de/articles/${article}/index.html`);
    const locales = {
      name: `build-${count}x2-locales`,
      wall_seconds: seconds(two.wallMs),
      cpu_seconds: two.cpuSeconds === null ? null : Number(two.cpuSeconds.toFixed(1)),
      ratio_wall: Number((two.wallMs / wallMs).toFixed(2)),
      ratio_cpu: two.cpuSeconds !== null && cpuSeconds ? Number((two.cpuSeconds / cpuSeconds).toFixed(2)) : null,
      searchable_pages: two.json.indexedPages,
      article_page_kb_gzip: { en: { html: kb(weightEn.htmlBytes), css: kb(weightEn.cssBytes), js: kb(weightEn.jsBytes) }, de: { html: kb(weightDe.htmlBytes), css: kb(weightDe.cssBytes), js: kb(weightDe.jsBytes) } },
      target_ratio: 2.1,
    };
    console.table({
      'articles × locales': `${count} × 2`,
      'wall time (s)': locales.wall_seconds,
      'CPU time, all processes (s)': locales.cpu_seconds ?? '-',
      'wall time ÷ one locale': locales.ratio_wall,
      'CPU time ÷ one locale': locales.ratio_cpu ?? '-',
      'searchable pages': locales.searchable_pages,
      'English article page HTML / CSS / JS (KB gz)': `${locales.article_page_kb_gzip.en.html} / ${locales.article_page_kb_gzip.en.css} / ${locales.article_page_kb_gzip.en.js}`,
      'German article page HTML / CSS / JS (KB gz)': `${locales.article_page_kb_gzip.de.html} / ${locales.article_page_kb_gzip.de.css} / ${locales.article_page_kb_gzip.de.js}`,
      'target ratio': locales.target_ratio,
    });
    output = { ...result, locales };
  }
  if (values.out) writeFileSync(values.out, `${JSON.stringify(output, null, 2)}\n`);
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  else process.stderr.write(`Kept ${work}\n`);
}

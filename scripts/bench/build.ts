/**
 * `npm run bench:build`: a cold `kb build` of a generated KB (1,000 articles
 * of ~600 words by default): lint, Astro and Pagefind times, peak memory of
 * the whole process tree, output and search-index size, and what one
 * article page weighs (gzipped HTML, CSS and up-front JavaScript).
 *
 *   node scripts/bench/build.ts [--count 1000] [--out FILE] [--keep]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { pageWeight } from '../build/page-weight.ts';
import { generateArticles } from './lib/generate-articles.ts';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '1000' }, out: { type: 'string' }, keep: { type: 'boolean', default: false } },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 6) throw new Error(`--count must be an integer of at least 6, got ${values.count}`);

const cli = new URL('../kb.js', import.meta.url).pathname;
const work = mkdtempSync(path.join(tmpdir(), 'kb-bench-build-'));
const contentDir = path.join(work, 'kb');
const outDir = path.join(work, 'dist');

/** Resident memory of a process and all its descendants, from /proc (Linux); 0 elsewhere. */
function treeRssBytes(root: number): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of entries) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
      rss.set(Number(name), Number(fields[21]) * 4096);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** CPU seconds (user + system) of this process's finished children and their descendants (Linux); null elsewhere. */
function childrenCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // cutime and cstime, in clock ticks (100 per second on Linux).
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

/** The 1-minute load average: other work on the machine slows a build down. */
function loadAverage(): number | null {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return null;
  }
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(path.join(dir, name));
    if (stat.isFile()) total += stat.size;
  }
  return total;
}

interface BuildJson {
  ok: boolean;
  timings: { lintMs: number; astroMs: number; pagefindMs: number; totalMs: number };
  indexedPages: number;
  searchIndexBytes: number;
}

function runBuild(): Promise<{ json: BuildJson; wallMs: number; peakBytes: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [cli, 'build', '--content', contentDir, '--out', outDir, '--format', 'json'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    let peakBytes = 0;
    const sample = () => {
      if (child.pid) peakBytes = Math.max(peakBytes, treeRssBytes(child.pid));
    };
    const timer = setInterval(sample, 100);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - start;
      if (code !== 0) return reject(new Error(`kb build exited with ${code}:\n${stdout}`));
      resolve({ json: JSON.parse(stdout) as BuildJson, wallMs, peakBytes });
    });
  });
}

const seconds = (ms: number) => Number((ms / 1000).toFixed(2));
const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));

try {
  process.stderr.write(`Generating ${count} articles in ${contentDir}…\n`);
  const generated = generateArticles({ count, dir: contentDir });
  process.stderr.write('Building (cold: fresh Astro cache, empty output folder)…\n');
  const cpuBefore = childrenCpuSeconds();
  const loadBefore = loadAverage();
  const { json, wallMs, peakBytes } = await runBuild();
  const cpuAfter = childrenCpuSeconds();
  const article = readdirSync(path.join(outDir, 'articles')).sort()[0] ?? '';
  const weight = pageWeight(outDir, `articles/${article}/index.html`);
  const target = count === 1000 ? 13 : count === 5000 ? 13 * 5.5 : null;
  const result = {
    name: `build-${count}`,
    articles: count,
    words_per_article: Math.round(generated.totalWords / count),
    wall_seconds: seconds(wallMs),
    // CPU time of the whole build (lint, Astro, Pagefind): on a busy machine, wall time grows but this does not.
    cpu_seconds: cpuBefore !== null && cpuAfter !== null ? Number((cpuAfter - cpuBefore).toFixed(1)) : null,
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
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memory_gb: Math.round(totalmem() / 2 ** 30), node: process.version },
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

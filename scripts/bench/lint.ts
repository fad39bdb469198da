/**
 * `npm run bench:lint`: lint speed on a generated KB of ~600-word articles,
 * and its ratio to parse-only time (the floor: reading the MDX at all).
 * Both are measured alternately in fresh processes, one thread each, with
 * no cache (wall and CPU time); the median ratio is reported because
 * absolute times drift on shared machines. Beside them, the `kb lint`
 * command as users run it (start-up included, worker threads on every
 * core, no cache). Then `kb lint --cache` as a writer runs it: once to fill
 * the cache, then again after one article changed (wall time of the whole
 * command, start-up included).
 *
 *   node scripts/bench/lint.ts [--count 1000] [--runs 3] [--out FILE]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { appendFileSync } from 'node:fs';
import { generateArticles } from './lib/generate-articles.ts';
import { measureCommand } from './lib/measure-command.ts';
import { median, runWorker } from './lib/run-worker.ts';

interface Pass {
  ms: number;
  cpuMs: number;
  files: number;
  errors: number;
  maxRssMb: number;
}

const { values } = parseArgs({
  options: { count: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' }, out: { type: 'string' } },
});
const count = Number(values.count);
const runs = Number(values.runs);
const worker = new URL('./lint-worker.ts', import.meta.url).pathname;
const dir = mkdtempSync(path.join(tmpdir(), 'kb-bench-lint-'));

try {
  const generated = generateArticles({ count, dir });
  const lint: Pass[] = [];
  const parse: Pass[] = [];
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  const command: number[] = [];
  const kb = new URL('../kb.js', import.meta.url).pathname;
  for (let i = 0; i < runs; i++) {
    const p = await runWorker<Pass>(worker, ['--mode', 'parse', '--dir', dir]);
    const l = await runWorker<Pass>(worker, ['--mode', 'lint', '--dir', dir]);
    if (l.errors > 0) throw new Error(`the generated KB has ${l.errors} lint errors; the generator must write clean articles`);
    // `kb lint` as users run it: the whole command, start-up included, its worker threads on every core.
    const c = await measureCommand({ command: process.execPath, args: [kb, 'lint', '--content', dir, '--no-cache', '--quiet'] });
    if (c.code !== 0) throw new Error(`kb lint failed on the generated KB:\n${c.stdout}${c.stderr}`);
    parse.push(p);
    lint.push(l);
    command.push(c.wallMs);
    ratios.push(l.ms / p.ms);
    cpuRatios.push(l.cpuMs / p.cpuMs);
    process.stderr.write(`run ${i + 1}/${runs}: parse ${(p.ms / 1000).toFixed(2)} s, lint ${(l.ms / 1000).toFixed(2)} s (one thread), kb lint ${(c.wallMs / 1000).toFixed(2)} s\n`);
  }
  const lintSeconds = median(lint.map((r) => r.ms)) / 1000;
  const commandSeconds = median(command) / 1000;
  const cacheDir = path.join(dir, 'cache');
  const cli = () => measureCommand({ command: process.execPath, args: [kb, 'lint', '--content', dir, '--cache', '--quiet'], env: { ...process.env, KB_LINT_CACHE_DIR: cacheDir } });
  await cli();
  const changed = generated.articles[Math.floor(count / 2)];
  const rerun: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (changed) appendFileSync(path.join(dir, changed.file), `\nOpen the app and check it again (${i}).\n`);
    const measured = await cli();
    if (measured.code !== 0) throw new Error(`kb lint --cache failed after one article changed:\n${measured.stdout}${measured.stderr}`);
    rerun.push(measured.wallMs);
  }
  const result = {
    name: 'lint',
    articles: count,
    words_per_article: Math.round(generated.totalWords / count),
    lint_seconds: Number(lintSeconds.toFixed(2)),
    articles_per_second: Math.round(count / lintSeconds),
    parse_only_seconds: Number((median(parse.map((r) => r.ms)) / 1000).toFixed(2)),
    ratio_to_parse_only: Number(median(ratios).toFixed(2)),
    cpu_ratio_to_parse_only: Number(median(cpuRatios).toFixed(2)),
    command_seconds: Number(commandSeconds.toFixed(2)),
    command_articles_per_second: Math.round(count / commandSeconds),
    peak_memory_mb: Math.round(Math.max(...lint.map((r) => r.maxRssMb))),
    cached_rerun_seconds: Number((median(rerun) / 1000).toFixed(2)),
    targets: { seconds_at_1000: 5, articles_per_second: 200, ratio_to_parse_only: 2, peak_memory_mb: 1024, cached_rerun_seconds: 1 },
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memory_gb: Math.round(totalmem() / 2 ** 30), node: process.version },
  };
  console.table({
    'articles': result.articles,
    'words per article': result.words_per_article,
    'lint (s, median)': result.lint_seconds,
    'articles/s': result.articles_per_second,
    'parse-only (s, median)': result.parse_only_seconds,
    'lint ÷ parse-only (median)': result.ratio_to_parse_only,
    'lint ÷ parse-only, CPU time (median)': result.cpu_ratio_to_parse_only,
    'kb lint command (s, median)': result.command_seconds,
    'kb lint command (articles/s)': result.command_articles_per_second,
    'peak memory (MB)': result.peak_memory_mb,
    'kb lint --cache, one article changed (s, median)': result.cached_rerun_seconds,
  });
  if (values.out) {
    mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
    writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

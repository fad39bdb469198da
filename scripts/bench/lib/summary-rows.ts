/**
 * One table for every benchmark: each result object (as written to JSON)
 * becomes rows of `benchmark | figure | ours | Starlight or floor | ratio |
 * target | met`. Results come from child scripts, so every field is read
 * defensively: a missing figure shows as "–", never as a crash.
 */
import { markdownTable } from 'markdown-table';

export interface SummaryRow {
  benchmark: string;
  figure: string;
  ours: string;
  other: string;
  ratio: string;
  target: string;
  met: string;
}

export const SUMMARY_HEADER = ['benchmark', 'figure', 'ours', 'Starlight / floor', 'ratio', 'target', 'met'] as const;
// For "search quality" the other column is Pagefind's default UI, the search Starlight ships.

type Json = Record<string, unknown>;

/** The value at a dotted path (`ours.article_page_kb_gzip.html`), or undefined. */
export function pick(object: unknown, dotted: string): unknown {
  let value: unknown = object;
  for (const key of dotted.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Json)[key];
  }
  return value;
}

/** A number for the table: thousands separated, at most `digits` decimals; "–" when absent. */
export function show(value: unknown, digits = 2): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '–';
  return value.toLocaleString('en-US', { maximumFractionDigits: digits });
}

const mark = (value: unknown): string => (value === true ? 'yes' : value === false ? 'NO' : '–');
const joined = (object: unknown, paths: readonly string[], digits = 1) => paths.map((p) => show(pick(object, p), digits)).join(' / ');
const count = (value: unknown) => (typeof value === 'number' ? `${show(value, 0)} articles` : '');

function row(benchmark: string, figure: string, ours: string, other = '', ratio = '', target = '', met = ''): SummaryRow {
  return { benchmark, figure, ours, other, ratio, target, met };
}

function buildRows(r: Json): SummaryRow[] {
  const label = `build vs Starlight, ${count(r.articles)}`;
  const page = ['article_page_kb_gzip.html', 'article_page_kb_gzip.css', 'article_page_kb_gzip.js'];
  const target = pick(r, 'targets.ratio_max');
  return [
    row(label, 'wall time (s)', show(pick(r, 'ours.wall_seconds'), 1), show(pick(r, 'starlight.wall_seconds'), 1), show(r.ratio), typeof target === 'number' ? `≤ ${target}` : '', mark(pick(r, 'met.ratio'))),
    row(label, 'lint / Astro / Pagefind (s), ours', joined(r, ['ours.lint_seconds', 'ours.astro_seconds', 'ours.pagefind_seconds'])),
    row(label, 'CPU time, all processes (s)', show(pick(r, 'ours.cpu_seconds'), 1), show(pick(r, 'starlight.cpu_seconds'), 1), show(pick(r, 'ratios.cpu_seconds'))),
    row(label, 'peak memory, process tree (MB)', show(pick(r, 'ours.peak_memory_mb'), 0), show(pick(r, 'starlight.peak_memory_mb'), 0), show(pick(r, 'ratios.peak_memory'))),
    row(label, 'dist/ (MB)', show(pick(r, 'ours.dist_mb'), 1), show(pick(r, 'starlight.dist_mb'), 1), show(pick(r, 'ratios.dist'))),
    row(label, 'search index (MB)', show(pick(r, 'ours.search_index_mb'), 1), show(pick(r, 'starlight.search_index_mb'), 1), show(pick(r, 'ratios.search_index'))),
    row(
      label,
      'article page HTML / CSS / JS (KB gz)',
      joined(pick(r, 'ours'), page),
      joined(pick(r, 'starlight'), page),
      joined(pick(r, 'ratios'), ['page_html', 'page_css', 'page_js'], 2),
      'below Starlight',
      mark(pick(r, 'met.page_bytes')),
    ),
  ];
}

function scalingRows(r: Json): SummaryRow[] {
  const counts = Array.isArray(r.counts) ? (r.counts as unknown[]).map((c) => show(c, 0)).join(' → ') : '';
  const perArticle = (side: string) => {
    const values = pick(r, `${side}.ms_per_article`);
    const list = Array.isArray(values) ? values.map((v) => show(v, 1)).join(' → ') : '–';
    return `${list} (×${show(pick(r, `${side}.growth`))})`;
  };
  const pages = (side: string) => {
    const values = pick(r, `${side}.article_page_kb_gzip`);
    return Array.isArray(values) ? values.map((v) => joined(v, ['html', 'css', 'js'])).join(' → ') : '–';
  };
  const label = `build scaling, ${counts} articles`;
  return [
    row(label, 'time per article (ms)', perArticle('ours'), perArticle('starlight'), show(r.ratio), `ours ×${show(pick(r, 'targets.ours_growth_max'))} at most`, mark(pick(r, 'met.growth'))),
    row(label, 'article page HTML / CSS / JS (KB gz)', pages('ours'), pages('starlight'), '', 'flat (ours)', mark(pick(r, 'met.page_flat'))),
  ];
}

function lighthouseRows(r: Json): SummaryRow[] {
  const categories = ['performance', 'accessibility', 'best_practices', 'seo'];
  const scores = (side: string) => categories.map((c) => show(pick(r, `${side}.${c}`), 0)).join(' / ');
  return [
    row(
      `Lighthouse, ${count(r.articles)}`,
      'performance / accessibility / best practices / SEO',
      scores('ours'),
      scores('starlight'),
      show(r.ratio),
      '100 each (ours)',
      mark(pick(r, 'met.ours_100')),
    ),
  ];
}

function searchRows(r: Json): SummaryRow[] {
  const label = `search in Chromium, ${count(r.articles)}`;
  return [
    row(label, `time to first results (ms), "${String(r.query ?? '')}"`, show(pick(r, 'ours.first_results_ms'), 0), show(pick(r, 'starlight.first_results_ms'), 0), show(r.ratio)),
    row(label, 'bytes fetched, search opened → first results (KB)', show(pick(r, 'ours.kb_to_first_results'), 1), show(pick(r, 'starlight.kb_to_first_results'), 1), show(pick(r, 'ratios.bytes_to_first_results'))),
    row(label, 'bytes fetched by the page before search opens (KB)', show(pick(r, 'ours.kb_before_open'), 1), show(pick(r, 'starlight.kb_before_open'), 1), show(pick(r, 'ratios.bytes_before_open'))),
    row(label, 'runs retried after 30 s without results', show(pick(r, 'ours.runs_retried'), 0), show(pick(r, 'starlight.runs_retried'), 0), ''),
  ];
}

function searchQualityRows(r: Json): SummaryRow[] {
  const label = `search quality, ${show(pick(r, 'queries.in_domain'), 0)} + ${show(pick(r, 'queries.out_of_domain'), 0)} queries (sample KB)`;
  const line = (figure: string, key: string, target: unknown) =>
    row(label, figure, show(pick(r, `ours.${key}`), 3), show(pick(r, `pagefind_default.${key}`), 3), '', typeof target === 'number' ? `≥ ${show(target, 2)}` : '', typeof target === 'number' ? mark(pick(r, `met.${key}`)) : '');
  return [
    line('recall@1', 'recall_at_1', pick(r, 'targets.recall_at_1')),
    line('recall@3', 'recall_at_3', pick(r, 'targets.recall_at_3')),
    line('MRR', 'mrr', undefined),
    line('out-of-domain queries ending in no results', 'ood_empty_share', pick(r, 'targets.ood_empty_share')),
    row(label, 'zero-result searches logged / shown', `${show(pick(r, 'logged.zero_result_searches'), 0)} / ${show(pick(r, 'logged.zero_result_queries_of_the_run'), 0)}`, '', '', 'equal', mark(pick(r, 'met.logged_zero_results'))),
  ];
}

function lintRows(r: Json): SummaryRow[] {
  const label = `lint, ${count(r.articles)}`;
  const lintSeconds = pick(r, 'lint_seconds');
  const parseSeconds = pick(r, 'parse_only_seconds');
  const articles = typeof r.articles === 'number' ? r.articles : undefined;
  const parseRate = typeof parseSeconds === 'number' && articles !== undefined && parseSeconds > 0 ? articles / parseSeconds : undefined;
  const ratio = pick(r, 'ratio_to_parse_only');
  const ratioTarget = pick(r, 'targets.ratio_to_parse_only');
  const rateTarget = pick(r, 'targets.articles_per_second');
  const secondsTarget = pick(r, 'targets.seconds_at_1000');
  const memoryTarget = pick(r, 'targets.peak_memory_mb');
  const below = (value: unknown, limit: unknown) => (typeof value === 'number' && typeof limit === 'number' ? value <= limit : undefined);
  return [
    // The speed targets are set for 1,000 articles; smaller runs are dominated by start-up.
    row(
      label,
      'articles per second (floor: parse only)',
      show(r.articles_per_second, 0),
      show(parseRate, 0),
      '',
      articles === 1000 ? `≥ ${show(rateTarget, 0)}` : '',
      articles === 1000 ? mark(typeof r.articles_per_second === 'number' && typeof rateTarget === 'number' ? r.articles_per_second >= rateTarget : undefined) : '',
    ),
    row(label, 'lint time ÷ parse-only time', show(ratio), '', show(ratio), `≤ ${show(ratioTarget)}`, mark(below(ratio, ratioTarget))),
    ...(pick(r, 'cpu_ratio_to_parse_only') === undefined ? [] : [row(label, 'lint CPU time ÷ parse-only CPU time', show(pick(r, 'cpu_ratio_to_parse_only')), '', show(pick(r, 'cpu_ratio_to_parse_only')), '', '')]),
    ...(pick(r, 'command_articles_per_second') === undefined ? [] : [row(label, 'kb lint command, articles per second (all cores)', show(pick(r, 'command_articles_per_second'), 0), '', '', '', '')]),
    row(label, 'lint time (s)', show(lintSeconds), show(parseSeconds), '', articles === 1000 ? `≤ ${show(secondsTarget)}` : '', articles === 1000 ? mark(below(lintSeconds, secondsTarget)) : ''),
    row(label, 'peak memory (MB)', show(pick(r, 'peak_memory_mb'), 0), '', '', `≤ ${show(memoryTarget, 0)}`, mark(below(pick(r, 'peak_memory_mb'), memoryTarget))),
    ...(pick(r, 'cached_rerun_seconds') === undefined
      ? []
      : [row(label, 'kb lint --cache, one article changed (s)', show(pick(r, 'cached_rerun_seconds')), '', '', `≤ ${show(pick(r, 'targets.cached_rerun_seconds'))}`, mark(below(pick(r, 'cached_rerun_seconds'), pick(r, 'targets.cached_rerun_seconds'))))]),
  ];
}

function apiRows(r: Json): SummaryRow[] {
  const label = 'analytics API, POST /api/events';
  return [
    row(label, 'events per second (floor: validate only)', show(r.events_per_s, 0), show(pick(r, 'validate_floor.events_per_s'), 0), show(r.ratio_to_validate_floor), `≥ ${show(pick(r, 'targets.ratio_to_validate_floor.min'))}`, mark(pick(r, 'targets.ratio_to_validate_floor.pass'))),
    row(label, 'events per second (floor: 204 to anything)', show(r.events_per_s, 0), show(pick(r, 'noop_floor.events_per_s'), 0), '', `≥ ${show(pick(r, 'targets.events_per_s.min'), 0)}`, mark(pick(r, 'targets.events_per_s.pass'))),
    row(label, 'p99 latency (ms)', show(r.p99_ms, 0), show(pick(r, 'validate_floor.latency_ms.p99'), 0), '', `< ${show(pick(r, 'targets.p99_ms.max'), 0)}`, mark(pick(r, 'targets.p99_ms.pass'))),
    row(label, 'server memory, first → last third of the load (MB)', `${show(pick(r, 'memory.rss_first_third_mb'), 0)} → ${show(pick(r, 'memory.rss_last_third_mb'), 0)}`, '', '', 'flat', mark(pick(r, 'targets.memory_flat.pass'))),
    row(label, 'events stored / acknowledged', `${show(r.stored, 0)} / ${show(r.acknowledged, 0)}`, '', '', 'stored ≥ acknowledged', mark(pick(r, 'targets.every_acknowledged_stored.pass'))),
  ];
}

function reportsRows(r: Json): SummaryRow[] {
  const label = `reports, ${show(r.tickets, 0)} tickets, ${show(r.events, 0)} events`;
  const atLeast = (value: unknown, target: unknown) => (typeof value === 'number' && typeof target === 'number' ? value >= target : undefined);
  const atMost = (value: unknown, target: unknown) => (typeof value === 'number' && typeof target === 'number' ? value <= target : undefined);
  const line = (figure: string, key: string, targetKey: string, better: 'more' | 'less', digits = 1) => {
    const value = r[key];
    const target = pick(r, `targets.${targetKey}`);
    return row(label, figure, show(value, digits), '', '', `${better === 'more' ? '≥' : '≤'} ${show(target, 0)}`, mark(better === 'more' ? atLeast(value, target) : atMost(value, target)));
  };
  return [
    line('ticket import (rows/s)', 'import_rows_per_second', 'import_rows_per_second', 'more', 0),
    line('Explore-shaped import (rows/s)', 'import_explore_rows_per_second', 'import_explore_rows_per_second', 'more', 0),
    line('gaps + hygiene (s)', 'gaps_hygiene_seconds', 'gaps_hygiene_seconds', 'less'),
    line('triage (s)', 'triage_seconds', 'triage_seconds', 'less'),
    line('week metrics (s)', 'week_metrics_seconds', 'week_metrics_seconds', 'less'),
    line('peak memory (MB)', 'peak_memory_mb', 'peak_memory_mb', 'less', 0),
  ];
}

function soakRows(r: Json): SummaryRow[] {
  const label = `build soak, ${count(r.articles)}`;
  const walls = Array.isArray(r.wall_seconds) ? (r.wall_seconds as number[]) : [];
  const sorted = [...walls].sort((a, b) => a - b);
  const middle = sorted.length > 0 ? sorted[Math.floor(sorted.length / 2)] : undefined;
  return [
    row(label, `builds failed or with a damaged index, of ${show(r.builds, 0)} (${show(r.stress_loops, 0)} busy loops beside)`, show(r.failures, 0), '', '', '0', mark(pick(r, 'met.no_failures'))),
    row(label, 'wall time per build, median / slowest (s)', `${show(middle, 1)} / ${show(sorted.at(-1), 1)}`),
  ];
}

/** The rows of one result object, by its `name`. */
export function rowsOf(result: unknown): SummaryRow[] {
  if (result === null || typeof result !== 'object') return [];
  const r = result as Json;
  const name = typeof r.name === 'string' ? r.name : 'unknown';
  if (typeof r.error === 'string') return [row(name, 'failed', r.error.split('\n')[0] ?? '')];
  if (name === 'build-scaling') return scalingRows(r);
  if (name === 'build-soak') return soakRows(r);
  if (name.startsWith('build-')) return buildRows(r);
  if (name === 'lighthouse') return lighthouseRows(r);
  if (name === 'search') return searchRows(r);
  if (name === 'search quality') return searchQualityRows(r);
  if (name === 'lint') return lintRows(r);
  if (name === 'api') return apiRows(r);
  if (name === 'reports') return reportsRows(r);
  return [row(name, 'see the JSON', '')];
}

/** Every result as one Markdown table (pasted as is into the README). */
export function formatSummary(results: readonly unknown[]): string {
  const rows = results.flatMap(rowsOf);
  // A benchmark's name heads its first row only, so its rows read as a group.
  const cells = rows.map((r, i) => [r.benchmark === rows[i - 1]?.benchmark ? '' : r.benchmark, r.figure, r.ours, r.other, r.ratio, r.target, r.met]);
  return markdownTable([[...SUMMARY_HEADER], ...cells]);
}

import { describe, expect, it } from 'vitest';
import { formatSummary, pick, rowsOf, show } from '../../../../scripts/bench/lib/summary-rows.ts';

const build1000 = {
  name: 'build-1000',
  articles: 1000,
  ours: { wall_seconds: 11.52, lint_seconds: 8.5, astro_seconds: 9.5, pagefind_seconds: 1.3, cpu_seconds: 18.4, peak_memory_mb: 1500, dist_mb: 14.2, search_index_mb: 2.5, article_page_kb_gzip: { html: 3.2, css: 1.9, js: 3.2 } },
  starlight: { wall_seconds: 19.3, cpu_seconds: 30, peak_memory_mb: 1800, dist_mb: 193, search_index_mb: 2.6, article_page_kb_gzip: { html: 17, css: 12.4, js: 6.1 } },
  ratio: 0.6,
  ratios: { cpu_seconds: 0.61, peak_memory: 0.83, dist: 0.07, search_index: 0.96, page_html: 0.19, page_css: 0.15, page_js: 0.52 },
  targets: { ratio_max: 0.65 },
  met: { ratio: true, page_bytes: true },
};

describe('rowsOf', () => {
  it('turns a build comparison into rows with both sides, the ratio, the target and whether it was met', () => {
    const rows = rowsOf(build1000);
    expect(rows[0]).toEqual({ benchmark: 'build vs Starlight, 1,000 articles', figure: 'wall time (s)', ours: '11.5', other: '19.3', ratio: '0.6', target: '≤ 0.65', met: 'yes' });
    const page = rows.find((r) => r.figure.startsWith('article page'));
    expect(page).toMatchObject({ ours: '3.2 / 1.9 / 3.2', other: '17 / 12.4 / 6.1', ratio: '0.19 / 0.15 / 0.52', met: 'yes' });
  });

  it('marks a missed target with NO and a missing figure with a dash', () => {
    const rows = rowsOf({ ...build1000, ratio: 0.7, met: { ratio: false, page_bytes: true }, ours: { ...build1000.ours, cpu_seconds: null } });
    expect(rows[0]?.met).toBe('NO');
    expect(rows.find((r) => r.figure.startsWith('CPU'))?.ours).toBe('–');
  });

  it('shows Lighthouse scores per category for both sides', () => {
    const rows = rowsOf({
      name: 'lighthouse',
      articles: 5000,
      ours: { performance: 100, accessibility: 100, best_practices: 100, seo: 100 },
      starlight: { performance: 70, accessibility: 100, best_practices: 96, seo: 100 },
      ratio: 1.43,
      met: { ours_100: true },
    });
    expect(rows).toEqual([
      { benchmark: 'Lighthouse, 5,000 articles', figure: 'performance / accessibility / best practices / SEO', ours: '100 / 100 / 100 / 100', other: '70 / 100 / 96 / 100', ratio: '1.43', target: '100 each (ours)', met: 'yes' },
    ]);
  });

  it('compares the API with its floors and reads pass/fail from its targets', () => {
    const rows = rowsOf({
      name: 'api',
      events_per_s: 6100,
      p99_ms: 12,
      ratio_to_validate_floor: 0.82,
      acknowledged: 100,
      stored: 100,
      memory: { rss_first_third_mb: 80, rss_last_third_mb: 82 },
      targets: { events_per_s: { min: 5000, pass: true }, p99_ms: { max: 20, pass: true }, ratio_to_validate_floor: { min: 0.7, pass: true }, memory_flat: { pass: true }, every_acknowledged_stored: { pass: true } },
      validate_floor: { events_per_s: 7400, latency_ms: { p99: 9 } },
      noop_floor: { events_per_s: 12000 },
    });
    expect(rows[0]).toMatchObject({ ours: '6,100', other: '7,400', ratio: '0.82', target: '≥ 0.7', met: 'yes' });
    expect(rows[2]).toMatchObject({ figure: 'p99 latency (ms)', ours: '12', target: '< 20', met: 'yes' });
  });

  it('shows search quality for ours and Pagefind’s default UI, with the targets', () => {
    const rows = rowsOf({
      name: 'search quality',
      queries: { in_domain: 103, out_of_domain: 20 },
      ours: { recall_at_1: 0.922, recall_at_3: 0.971, mrr: 0.945, ood_empty_share: 1 },
      pagefind_default: { recall_at_1: 0.33, recall_at_3: 0.359, mrr: 0.345, ood_empty_share: 0.4 },
      logged: { zero_result_searches: 23, zero_result_queries_of_the_run: 23 },
      targets: { recall_at_1: 0.9, recall_at_3: 0.97, ood_empty_share: 1 },
      met: { recall_at_1: true, recall_at_3: true, ood_empty_share: true, logged_zero_results: true },
    });
    expect(rows.map((r) => [r.figure, r.ours, r.other, r.target, r.met])).toEqual([
      ['recall@1', '0.922', '0.33', '≥ 0.9', 'yes'],
      ['recall@3', '0.971', '0.359', '≥ 0.97', 'yes'],
      ['MRR', '0.945', '0.345', '', ''],
      ['out-of-domain queries ending in no results', '1', '0.4', '≥ 1', 'yes'],
      ['zero-result searches logged / shown', '23 / 23', '', 'equal', 'yes'],
    ]);
    expect(rows[0]?.benchmark).toBe('search quality, 103 + 20 queries (sample KB)');
  });

  it('reports a benchmark that failed to run', () => {
    expect(rowsOf({ name: 'reports', error: 'reports.ts exited with code 1\nmore' })).toEqual([
      { benchmark: 'reports', figure: 'failed', ours: 'reports.ts exited with code 1', other: '', ratio: '', target: '', met: '' },
    ]);
  });
});

describe('formatSummary', () => {
  it('prints one Markdown table, naming each benchmark on its first row only', () => {
    const table = formatSummary([build1000, { name: 'lint', articles: 1000, articles_per_second: 120, lint_seconds: 8.3, parse_only_seconds: 2.1, ratio_to_parse_only: 3.9, peak_memory_mb: 300, targets: { seconds_at_1000: 10, articles_per_second: 100, ratio_to_parse_only: 4, peak_memory_mb: 1024 } }]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^\| benchmark +\| figure +\| ours +\| Starlight \/ floor +\| ratio +\| target +\| met +\|$/);
    expect(lines.filter((line) => line.includes('build vs Starlight'))).toHaveLength(1);
    expect(lines.filter((line) => line.includes('lint, 1,000 articles'))).toHaveLength(1);
    expect(table).toMatch(/articles per second \(floor: parse only\) +\| 120 +\| 476 /);
  });
});

describe('pick and show', () => {
  it('reads dotted paths and formats numbers for people', () => {
    expect(pick({ a: { b: { c: 3 } } }, 'a.b.c')).toBe(3);
    expect(pick({ a: 1 }, 'a.b')).toBeUndefined();
    expect(show(12345.678, 1)).toBe('12,345.7');
    expect(show(undefined)).toBe('–');
    expect(show(Number.NaN)).toBe('–');
  });
});

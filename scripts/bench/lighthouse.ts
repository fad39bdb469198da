/**
 * Page quality against Starlight: Lighthouse's performance, accessibility,
 * best-practices and SEO scores for the same article on both sites (5,000
 * articles by default), each served on loopback by the same static server,
 * audited alternately in a fresh headless Chromium, Lighthouse's default
 * settings (mobile, simulated throttling). Medians of `--runs`; audits that
 * cost points are listed so a missed 100 says why.
 *
 *   node scripts/bench/lighthouse.ts [--sites DIR | --count 5000] [--runs 3] [--out FILE]
 */
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { alternate, medianRatio } from './lib/alternate.ts';
import { parseCounts, parseRuns, readOptions } from './lib/bench-options.ts';
import { printSummary, writeJson } from './lib/bench-output.ts';
import { chromiumFlags, requireChromium } from './lib/chromium.ts';
import { loadAverages } from './lib/machine.ts';
import { obtainSites } from './lib/obtain-sites.ts';
import { median } from './lib/run-worker.ts';
import { pageUrlPath } from './lib/site-pair.ts';
import { serveSite } from './lib/static-server.ts';

const CATEGORIES = { performance: 'performance', accessibility: 'accessibility', best_practices: 'best-practices', seo: 'seo' } as const;
type Category = keyof typeof CATEGORIES;
const METRICS = { fcp_ms: 'first-contentful-paint', lcp_ms: 'largest-contentful-paint', tbt_ms: 'total-blocking-time', cls: 'cumulative-layout-shift', si_ms: 'speed-index' } as const;
type Metric = keyof typeof METRICS;

interface FailingAudit {
  category: Category;
  id: string;
  title: string;
  score: number;
  value?: string;
}

interface Audit {
  scores: Record<Category, number>;
  metrics: Record<Metric, number>;
  failing: FailingAudit[];
}

const { values, runs, count } = readOptions(() => {
  const { values } = parseArgs({
    options: { sites: { type: 'string' }, count: { type: 'string', default: '5000' }, runs: { type: 'string', default: '3' }, out: { type: 'string' } },
  });
  return { values, runs: parseRuns(values.runs), count: parseCounts(values.count).at(-1) ?? 5000 };
});
const chromePath = requireChromium('lighthouse');

/** One Lighthouse run in a fresh browser. */
async function audit(url: string): Promise<Audit> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: chromiumFlags });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.values(CATEGORIES) });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
    const scores = {} as Record<Category, number>;
    const failing: FailingAudit[] = [];
    for (const [key, id] of Object.entries(CATEGORIES) as Array<[Category, string]>) {
      const category = lhr.categories[id];
      scores[key] = Math.round((category?.score ?? 0) * 100);
      for (const ref of category?.auditRefs ?? []) {
        const item = lhr.audits[ref.id];
        if (ref.weight > 0 && item && item.score !== null && item.score < 1) {
          failing.push({ category: key, id: ref.id, title: item.title, score: item.score, ...(item.displayValue ? { value: item.displayValue } : {}) });
        }
      }
    }
    const metrics = {} as Record<Metric, number>;
    for (const [key, id] of Object.entries(METRICS) as Array<[Metric, string]>) metrics[key] = lhr.audits[id]?.numericValue ?? Number.NaN;
    return { scores, metrics, failing };
  } finally {
    chrome.kill();
  }
}

function summarize(audits: Audit[]) {
  const scores = Object.fromEntries((Object.keys(CATEGORIES) as Category[]).map((c) => [c, median(audits.map((a) => a.scores[c]))])) as Record<Category, number>;
  const metrics = Object.fromEntries((Object.keys(METRICS) as Metric[]).map((m) => [m, Number(median(audits.map((a) => a.metrics[m])).toFixed(m === 'cls' ? 3 : 0))]));
  // Every audit that cost points in any run, once, with its worst score.
  const failing = new Map<string, FailingAudit>();
  for (const item of audits.flatMap((a) => a.failing)) {
    const key = `${item.category}/${item.id}`;
    if ((failing.get(key)?.score ?? 2) > item.score) failing.set(key, item);
  }
  return { ...scores, runs: audits.map((a) => a.scores), metrics, failing_audits: [...failing.values()].sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id)) };
}

const obtained = await obtainSites(values.sites, count, 'lighthouse');
const ours = await serveSite(obtained.sites.ours.dir);
const starlight = await serveSite(obtained.sites.starlight.dir);
try {
  const loadStart = loadAverages();
  const oursUrl = ours.url + pageUrlPath(obtained.sites.ours.page);
  const starlightUrl = starlight.url + pageUrlPath(obtained.sites.starlight.page);
  const pairs = await alternate(
    runs,
    async (round) => {
      const result = await audit(oursUrl);
      process.stderr.write(`lighthouse run ${round + 1}/${runs}: ours ${Object.values(result.scores).join('/')}\n`);
      return result;
    },
    async (round) => {
      const result = await audit(starlightUrl);
      process.stderr.write(`lighthouse run ${round + 1}/${runs}: Starlight ${Object.values(result.scores).join('/')}\n`);
      return result;
    },
  );
  const oursSummary = summarize(pairs.map((p) => p.ours));
  const starlightSummary = summarize(pairs.map((p) => p.theirs));
  const ratioOf = (category: Category) => Number((medianRatio(pairs, (o) => o.scores[category], (t) => t.scores[category]) ?? Number.NaN).toFixed(2));
  const result = {
    name: 'lighthouse',
    articles: obtained.sites.count,
    runs,
    lighthouse: (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version,
    settings: 'Lighthouse defaults: mobile, simulated throttling',
    pages: { ours: pageUrlPath(obtained.sites.ours.page), starlight: pageUrlPath(obtained.sites.starlight.page) },
    ours: oursSummary,
    starlight: starlightSummary,
    ratio: ratioOf('performance'),
    ratios: { accessibility: ratioOf('accessibility'), best_practices: ratioOf('best_practices'), seo: ratioOf('seo') },
    targets: { ours_every_category: 100 },
    met: { ours_100: (Object.keys(CATEGORIES) as Category[]).every((c) => oursSummary[c] === 100) },
    load_average: { start: loadStart, end: loadAverages() },
  };
  printSummary([result]);
  if (values.out) writeJson(values.out, result);
} finally {
  await ours.close();
  await starlight.close();
  obtained.cleanup();
}

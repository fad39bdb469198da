/**
 * Search quality on the sample KB, in real Chromium through the real
 * search page: the site is built with `kb build`, served with the
 * analytics API by the same server as `kb serve` (a real SQLite file),
 * and every query of the query set is opened as `/search/?q=…`, once on
 * our search page and once, on the same built site, on a plain page with
 * Pagefind's own default UI configured as Starlight ships it
 * (`pagefind-ui.js` from the same index; Starlight's ranking defaults,
 * sub-results, no images). Reported, for both: recall@1 and recall@3
 * (the expected article first, or in the first three results), MRR (mean
 * of 1 / the expected article's rank among the results shown; 0 when it
 * is not shown) and the share of out-of-domain queries that end in the
 * zero-result state. Then the searches our page logged in the analytics
 * database are read back: the zero-result searches logged must be exactly
 * the queries that showed no results.
 *
 *   node scripts/bench/search-quality.ts [--queries FILE] [--content DIR] [--site DIR] [--out FILE]
 *
 * `--site` reuses a site built from `--content` (skips the build).
 * Exit code 1 when a target is missed (the figures are still written).
 */
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { chromium, type Page } from 'playwright-core';
import { z } from 'zod';
import { startServer } from '../../analytics-api/server.ts';
import { resolveSettings } from '../../analytics-api/service-settings.ts';
import { loadConfig } from '../../plugins/config/load-config.ts';
import { round } from './lib/alternate.ts';
import { readOptions } from './lib/bench-options.ts';
import { printSummary, writeJson } from './lib/bench-output.ts';
import { buildOurs } from './lib/build-ours.ts';
import { chromiumFlags, requireChromium } from './lib/chromium.ts';
import { loadAverages } from './lib/machine.ts';
import { createWorkspace, projectRoot } from './lib/workspace.ts';

const querySetSchema = z
  .array(z.strictObject({ query: z.string().min(1).max(500), expect: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).nullable() }))
  .min(1)
  .max(5000);

/** One query of the set: `expect` is the slug a support agent would send, or null for out-of-domain. */
export type QueryCase = z.infer<typeof querySetSchema>[number];

/** Targets of the issue this benchmark measures. */
const TARGETS = { recall_at_1: 0.9, recall_at_3: 0.97, ood_empty_share: 1 } as const;

/** Starlight's Pagefind ranking defaults (`@astrojs/starlight/schemas/pagefind`), as its search ships them. */
const STARLIGHT_RANKING = { pageLength: 0.1, termFrequency: 0.1, termSaturation: 2, termSimilarity: 9, diacriticSimilarity: 0.8 };

// The API drops "HeadlessChrome" as a bot; a desktop Chrome user agent, as the browser tests use.
const DESKTOP_CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36';

const { values, cases, queriesFile } = readOptions(() => {
  const { values } = parseArgs({
    options: {
      queries: { type: 'string', default: path.join(projectRoot, 'test', 'fixtures', 'search', 'queries.json') },
      content: { type: 'string', default: path.join(projectRoot, 'content') },
      site: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const queriesFile = path.resolve(values.queries);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(queriesFile, 'utf8'));
  } catch (error) {
    throw new Error(`--queries ${values.queries}: cannot read it as JSON (${error instanceof Error ? error.message : String(error)}). Fix: give a file holding [{ "query": "...", "expect": "<slug>" | null }].`);
  }
  const parsed = querySetSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`--queries ${values.queries}: ${z.prettifyError(parsed.error)}`);
  return { values, cases: parsed.data, queriesFile };
});
const executablePath = requireChromium('search quality');

/** What one search UI showed for a query. */
interface Shown {
  slugs: string[];
  empty: boolean;
}

const slugOf = (href: string) => /\/articles\/([^/?#]+)\/?/.exec(new URL(href, 'http://x').pathname)?.[1] ?? href;

/** Our search page: waits for the results (or the zero-result state) of this query, reads the result links in order. */
async function searchOurs(page: Page, base: string, query: string): Promise<Shown> {
  await page.goto(`${base}search/?q=${encodeURIComponent(query)}`);
  const shown = query.trim().slice(0, 200);
  await page.waitForFunction(
    (q) => {
      const status = document.querySelector('.search-status')?.textContent ?? '';
      const list = document.querySelector('.search-results') as HTMLElement | null;
      if (/one letter/.test(status)) return true;
      return list?.dataset.query === q && /result/i.test(status);
    },
    shown,
    { timeout: 30_000 },
  );
  return page.evaluate(() => ({
    slugs: [...document.querySelectorAll<HTMLAnchorElement>('.search-results a')].map((a) => a.href),
    // The zero-result state: no result links, the "no articles match" box with contact and popular articles.
    empty: document.querySelectorAll('.search-results a').length === 0 && (document.querySelector('.search-empty') as HTMLElement | null)?.hidden === false,
  })).then((r) => ({ slugs: r.slugs.map(slugOf), empty: r.empty }));
}

/**
 * Pagefind's default UI: waits until its message is no longer "Searching…"
 * and the first page of results (five, or fewer when fewer match) has
 * loaded its links, then reads them in order.
 */
async function searchDefault(page: Page, base: string, query: string): Promise<Shown> {
  await page.goto(`${base}pagefind-default-ui/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    () => {
      const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
      if (message === '' || /searching/i.test(message)) return false;
      // "12 results for …" (the query may hold numbers too: read the count at the start only).
      const count = Number(/^\s*(\d+)\s+results?\b/i.exec(message)?.[1] ?? '0');
      return document.querySelectorAll('.pagefind-ui__result-link').length >= Math.min(count, 5);
    },
    null,
    { timeout: 30_000 },
  );
  return page.evaluate(() => ({
    slugs: [...document.querySelectorAll<HTMLAnchorElement>('.pagefind-ui__result-link')].map((a) => a.href),
    empty: document.querySelectorAll('.pagefind-ui__result').length === 0,
  })).then((r) => ({ slugs: [...new Set(r.slugs.map(slugOf))], empty: r.empty }));
}

/** The page Starlight's search would be, on our built site: Pagefind's default UI and nothing else. */
function writeDefaultUiPage(dist: string): void {
  const dir = path.join(dist, 'pagefind-default-ui');
  mkdirSync(dir, { recursive: true });
  const options = { element: '#search', showSubResults: true, showImages: false, ranking: STARLIGHT_RANKING };
  // The page's script is a file: kb serve's Content-Security-Policy runs no inline script.
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind default UI</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div><script src="/pagefind-default-ui/page.js"></script></body></html>\n`,
  );
  writeFileSync(
    path.join(dir, 'page.js'),
    `const ui = new PagefindUI(${JSON.stringify(options)});
const q = new URLSearchParams(location.search).get('q');
if (q) ui.triggerSearch(q);
`,
  );
}

interface Scores {
  recall_at_1: number;
  recall_at_3: number;
  mrr: number;
  ood_empty_share: number;
}

function score(list: ReadonlyArray<{ case: QueryCase; shown: Shown }>): Scores {
  const inDomain = list.filter((r) => r.case.expect !== null);
  const ood = list.filter((r) => r.case.expect === null);
  const rank = (r: (typeof list)[number]) => r.shown.slugs.indexOf(r.case.expect as string) + 1;
  const share = (n: number, of: number) => (of === 0 ? Number.NaN : round(n / of, 3));
  return {
    recall_at_1: share(inDomain.filter((r) => rank(r) === 1).length, inDomain.length),
    recall_at_3: share(inDomain.filter((r) => rank(r) >= 1 && rank(r) <= 3).length, inDomain.length),
    mrr: share(inDomain.reduce((sum, r) => sum + (rank(r) > 0 ? 1 / rank(r) : 0), 0), inDomain.length),
    ood_empty_share: share(ood.filter((r) => r.shown.empty).length, ood.length),
  };
}

/** Queries as the analytics store groups them: trimmed, lower case, single spaces. */
const normalized = (query: string) => query.trim().slice(0, 200).toLowerCase().replace(/\s+/g, ' ');

const workspace = createWorkspace('search-quality');
let dist = values.site ? path.resolve(values.site) : path.join(workspace.dir, 'dist');
try {
  const contentDir = path.resolve(values.content);
  if (values.site) {
    // Never write the extra page into a site someone will deploy: measure a copy.
    const copy = path.join(workspace.dir, 'dist');
    cpSync(dist, copy, { recursive: true });
    dist = copy;
  } else {
    process.stderr.write(`search quality: building ${path.relative(process.cwd(), contentDir) || '.'} with kb build…\n`);
    await buildOurs(contentDir, dist, (text) => process.stderr.write(`search quality: ${text}\n`));
  }
  writeDefaultUiPage(dist);
  const config = loadConfig(contentDir);
  const dbFile = path.join(workspace.dir, 'analytics.db');
  const settings = { ...resolveSettings(config, { KB_ANALYTICS_TOKEN: randomBytes(24).toString('hex') }), rateLimit: { requestsPerMinute: 60_000, burst: 10_000 } };
  const server = await startServer({ port: 0, db: dbFile, site: dist, settings, log: () => {} });
  const browser = await chromium.launch({ executablePath, args: [...chromiumFlags, `--user-agent=${DESKTOP_CHROME}`] });
  const loadStart = loadAverages();
  try {
    // A tall window: Pagefind's default UI loads a result only once it scrolls into view.
    const context = await browser.newContext({ userAgent: DESKTOP_CHROME, viewport: { width: 1280, height: 4000 } });
    const page = await context.newPage();
    const ours: Array<{ case: QueryCase; shown: Shown }> = [];
    const theirs: Array<{ case: QueryCase; shown: Shown }> = [];
    for (const [i, queryCase] of cases.entries()) {
      // Each navigation hides the page before, which sends its logged search (the tracker flushes on pagehide).
      ours.push({ case: queryCase, shown: await searchOurs(page, server.url, queryCase.query) });
      theirs.push({ case: queryCase, shown: await searchDefault(page, server.url, queryCase.query) });
      if ((i + 1) % 20 === 0) process.stderr.write(`search quality: ${i + 1}/${cases.length} queries\n`);
    }
    await page.goto('about:blank');
    await context.close();

    // The searches our page showed with no results, and those the analytics database logged with results: 0.
    const runZero = new Set(ours.filter((r) => r.shown.empty && [...r.case.query.trim()].length >= 2).map((r) => normalized(r.case.query)));
    const expectedLogged = new Set(ours.filter((r) => [...r.case.query.trim()].length >= 2).map((r) => normalized(r.case.query)));
    const read = () => {
      const db = new Database(dbFile, { readonly: true });
      try {
        return db.prepare("SELECT query, results FROM events WHERE type = 'search'").all() as Array<{ query: string; results: number }>;
      } catch {
        return [];
      } finally {
        db.close();
      }
    };
    let rows = read();
    for (let waited = 0; waited < 15_000 && new Set(rows.map((r) => normalized(r.query))).size < expectedLogged.size; waited += 250) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      rows = read();
    }
    const loggedZero = new Set(rows.filter((r) => r.results === 0).map((r) => normalized(r.query)));
    const onlyRun = [...runZero].filter((q) => !loggedZero.has(q)).sort();
    const onlyLogged = [...loggedZero].filter((q) => !runZero.has(q)).sort();

    const oursScores = score(ours);
    const theirScores = score(theirs);
    const misses = ours
      .filter((r) => (r.case.expect === null ? !r.shown.empty : r.shown.slugs[0] !== r.case.expect))
      .map((r) => ({ query: r.case.query, expect: r.case.expect, shown: r.shown.slugs.slice(0, 3) }));
    const met = {
      recall_at_1: oursScores.recall_at_1 >= TARGETS.recall_at_1,
      recall_at_3: oursScores.recall_at_3 >= TARGETS.recall_at_3,
      ood_empty_share: oursScores.ood_empty_share >= TARGETS.ood_empty_share,
      logged_zero_results: onlyRun.length === 0 && onlyLogged.length === 0,
    };
    const result = {
      name: 'search quality',
      queries_file: path.relative(projectRoot, queriesFile),
      queries: { in_domain: cases.filter((c) => c.expect !== null).length, out_of_domain: cases.filter((c) => c.expect === null).length },
      ours: oursScores,
      pagefind_default: theirScores,
      logged: {
        searches: rows.length,
        zero_result_searches: loggedZero.size,
        zero_result_queries_of_the_run: runZero.size,
        ...(onlyRun.length > 0 ? { shown_empty_not_logged_zero: onlyRun } : {}),
        ...(onlyLogged.length > 0 ? { logged_zero_not_shown_empty: onlyLogged } : {}),
      },
      targets: { ...TARGETS, logged_zero_results: 'equal to the run' },
      met,
      misses,
      load_average: { start: loadStart, end: loadAverages() },
    };
    printSummary([result]);
    for (const miss of misses) process.stderr.write(`miss: "${miss.query}" expected ${miss.expect ?? 'no results'}, shown ${miss.shown.join(', ') || 'nothing'}\n`);
    if (values.out) writeJson(values.out, result);
    if (!Object.values(met).every(Boolean)) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  workspace.remove();
}

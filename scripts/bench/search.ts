/**
 * Search against Starlight in real Chromium: on the same article page of
 * both sites (5,000 articles by default), each in a fresh browser profile,
 * the page loads and settles, then a reader opens search with Ctrl-K
 * (both sites' shortcut), types the same query and waits for its results.
 * Reported: the time from the key press to the first result link of that
 * query on screen (page clock), and the bytes the browser fetched (page and
 * workers, compressed as sent, headers included) before search opened, from
 * opening to the first results, and until the network is idle after them.
 * Both sides alternate; medians of `--runs`.
 *
 *   node scripts/bench/search.ts [--sites DIR | --count 5000] [--runs 5] [--query "leave balance"] [--out FILE]
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { alternate, medianRatio, round } from './lib/alternate.ts';
import { parseCounts, parseRuns, readOptions } from './lib/bench-options.ts';
import { printSummary, writeJson } from './lib/bench-output.ts';
import { chromiumFlags, requireChromium } from './lib/chromium.ts';
import { loadAverages } from './lib/machine.ts';
import { obtainSites } from './lib/obtain-sites.ts';
import { median } from './lib/run-worker.ts';
import { pageUrlPath } from './lib/site-pair.ts';
import { serveSite } from './lib/static-server.ts';

interface SearchRun {
  firstResultsMs: number;
  bytesBeforeOpen: number;
  bytesToFirstResults: number;
  bytesAfterOpen: number;
  requestsToFirstResults: number;
}

/** How each site shows the results of `query`: a result link, for that query, not a stale one. */
interface ResultProbe {
  /** Returns true once the results of `query` are on screen. Runs in the page. */
  ready: (query: string) => boolean;
}

const ours: ResultProbe = {
  ready: (query) => document.querySelector(`.search-results[data-query="${CSS.escape(query)}"] a`) !== null,
};

// Pagefind's default UI, which Starlight uses: results replace a "Searching for…" message.
const starlight: ResultProbe = {
  ready: (query) => {
    const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
    return document.querySelector('.pagefind-ui__result-link') !== null && message.includes(query) && !/searching/i.test(message);
  },
};

/**
 * Runs in the page before search opens: notes the time of the Ctrl-K key
 * press and the time the results of `query` first appear.
 */
function installProbe(ready: (query: string) => boolean, query: string): void {
  const state: { open?: number; first?: number } = {};
  (window as unknown as { __searchBench: typeof state }).__searchBench = state;
  document.addEventListener(
    'keydown',
    (event) => {
      if (state.open === undefined && event.ctrlKey && event.key.toLowerCase() === 'k') state.open = event.timeStamp;
    },
    true,
  );
  const observer = new MutationObserver(() => {
    if (state.first === undefined && ready(query)) {
      state.first = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

const { values, runs, count, query } = readOptions(() => {
  const { values } = parseArgs({
    options: {
      sites: { type: 'string' },
      count: { type: 'string', default: '5000' },
      runs: { type: 'string', default: '5' },
      query: { type: 'string', default: 'leave balance' },
      out: { type: 'string' },
    },
  });
  const query = values.query.trim();
  if (query === '' || query.length > 100) throw new Error(`--query "${values.query}": expected 1 to 100 characters.`);
  return { values, runs: parseRuns(values.runs), count: parseCounts(values.count).at(-1) ?? 5000, query };
});
const executablePath = requireChromium('search');

/** Waits until no request has been pending or finished for `quietMs`. */
async function networkIdle(pending: () => number, lastActivity: () => number, quietMs = 500, timeoutMs = 30_000): Promise<void> {
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    if (pending() === 0 && performance.now() - lastActivity() >= quietMs) return;
    await sleep(50);
  }

}

/** How long a search may show no results before the run counts as stuck. */
const STUCK_MS = 30_000;
/** Stuck runs retried per side before the benchmark gives up. */
const RETRIES = 2;

/** A search that never opened or never showed its results (seen in Starlight's UI at 5,000 articles: "Searching for…" for good). */
class StuckSearchError extends Error {}

/** One search on `url` in a fresh browser context. */
async function measureSearch(browser: Browser, url: string, probe: ResultProbe): Promise<SearchRun> {
  const context = await browser.newContext();
  try {
    const page: Page = await context.newPage();
    // Playwright's request events cover the page and its workers (Pagefind fetches its index from a worker).
    const finished: Array<{ at: number; bytes: Promise<number> }> = [];
    const inFlight = new Set<Request>();
    let lastActivity = performance.now();
    context.on('request', (request) => {
      inFlight.add(request);
      lastActivity = performance.now();
    });
    context.on('requestfinished', (request) => {
      inFlight.delete(request);
      lastActivity = performance.now();
      // Bytes as received: compressed body plus headers.
      finished.push({ at: lastActivity, bytes: request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize, () => 0) });
    });
    const failed: string[] = [];
    context.on('requestfailed', (request) => {
      failed.push(`${new URL(request.url()).pathname} (${request.failure()?.errorText ?? 'failed'})`);
      inFlight.delete(request);
      lastActivity = performance.now();
    });
    const bytesOf = async (list: typeof finished) => (await Promise.all(list.map((f) => f.bytes))).reduce((sum, b) => sum + b, 0);
    await page.goto(url, { waitUntil: 'load' });
    // Let the page finish what it does on its own, as it has by the time a reader reaches for search:
    // Starlight loads its search UI in an idle callback, which a big page can hold back for seconds.
    await networkIdle(() => inFlight.size, () => lastActivity, 1000);
    await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 10_000 })));
    await networkIdle(() => inFlight.size, () => lastActivity, 1000);

    // One script built from the probe's source: evaluated through DevTools, so a page's CSP cannot block it.
    await page.evaluate(`(${installProbe.toString()})(${probe.ready.toString()}, ${JSON.stringify(query)})`);

    const opened = performance.now();
    const bytesBeforeOpen = await bytesOf(finished.filter((f) => f.at < opened));
    await page.keyboard.press('Control+k');
    await page.waitForFunction(() => document.activeElement instanceof HTMLInputElement, null, { timeout: STUCK_MS }).catch((error: unknown) => {
      throw new StuckSearchError(`search on ${url}: Ctrl+K did not focus a search box within ${STUCK_MS / 1000} s`, { cause: error });
    });
    await page.keyboard.type(query);
    try {
      await page.waitForFunction(() => (window as unknown as { __searchBench: { first?: number } }).__searchBench.first !== undefined, null, { timeout: STUCK_MS, polling: 'raf' });
    } catch (error) {
      const seen = await page.evaluate(() => ({
        box: document.activeElement instanceof HTMLInputElement ? document.activeElement.value : `(focus on ${document.activeElement?.tagName})`,
        text: (document.querySelector('dialog[open]')?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 300),
      }));
      const failures = failed.length > 0 ? `; failed requests: ${failed.join(', ')}` : '; no request failed';
      throw new StuckSearchError(`search on ${url}: no results for "${query}" within ${STUCK_MS / 1000} s; the search box holds "${seen.box}", the dialog shows: ${seen.text}${failures}`, { cause: error });
    }
    const shown = performance.now();
    const state = await page.evaluate(() => (window as unknown as { __searchBench: { open?: number; first?: number } }).__searchBench);
    if (state.open === undefined || state.first === undefined) throw new Error(`search on ${url}: the key press or the results were not seen`);
    const between = finished.filter((f) => f.at >= opened && f.at <= shown);
    await networkIdle(() => inFlight.size, () => lastActivity);
    return {
      firstResultsMs: state.first - state.open,
      bytesBeforeOpen,
      bytesToFirstResults: await bytesOf(between),
      bytesAfterOpen: await bytesOf(finished.filter((f) => f.at >= opened)),
      requestsToFirstResults: between.length,
    };
  } finally {
    await context.close();
  }
}

/**
 * `measureSearch`, run again in a fresh context when the search gets stuck
 * or the dialog does not open, as a reader would reload; the retries and
 * their reasons are counted and reported, never hidden.
 */
async function measureWithRetries(browser: Browser, url: string, probe: ResultProbe, stuck: string[]): Promise<SearchRun> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await measureSearch(browser, url, probe);
    } catch (error) {
      if (attempt >= RETRIES) throw error;
      const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
      stuck.push(message);
      process.stderr.write(`${message}\nRetrying in a fresh browser context.\n`);
    }
  }
}

function summarize(list: SearchRun[], stuck: readonly string[]) {
  const kb = (bytes: number) => round(bytes / 1024, 1);
  return {
    runs_retried: stuck.length,
    ...(stuck.length > 0 ? { retry_reasons: [...stuck] } : {}),
    first_results_ms: Math.round(median(list.map((r) => r.firstResultsMs))),
    first_results_ms_runs: list.map((r) => Math.round(r.firstResultsMs)),
    kb_before_open: kb(median(list.map((r) => r.bytesBeforeOpen))),
    kb_to_first_results: kb(median(list.map((r) => r.bytesToFirstResults))),
    kb_after_open_settled: kb(median(list.map((r) => r.bytesAfterOpen))),
    requests_to_first_results: median(list.map((r) => r.requestsToFirstResults)),
  };
}

const obtained = await obtainSites(values.sites, count, 'search');
const oursSite = await serveSite(obtained.sites.ours.dir);
const starlightSite = await serveSite(obtained.sites.starlight.dir);
const browser = await chromium.launch({ executablePath, args: chromiumFlags });
try {
  const loadStart = loadAverages();
  const oursUrl = oursSite.url + pageUrlPath(obtained.sites.ours.page);
  const starlightUrl = starlightSite.url + pageUrlPath(obtained.sites.starlight.page);
  const oursStuck: string[] = [];
  const starlightStuck: string[] = [];
  const pairs = await alternate(
    runs,
    async (i) => {
      const run = await measureWithRetries(browser, oursUrl, ours, oursStuck);
      process.stderr.write(`search run ${i + 1}/${runs}: ours ${Math.round(run.firstResultsMs)} ms, ${(run.bytesToFirstResults / 1024).toFixed(1)} KB\n`);
      return run;
    },
    async (i) => {
      const run = await measureWithRetries(browser, starlightUrl, starlight, starlightStuck);
      process.stderr.write(`search run ${i + 1}/${runs}: Starlight ${Math.round(run.firstResultsMs)} ms, ${(run.bytesToFirstResults / 1024).toFixed(1)} KB\n`);
      return run;
    },
  );
  const result = {
    name: 'search',
    articles: obtained.sites.count,
    runs,
    query,
    pages: { ours: pageUrlPath(obtained.sites.ours.page), starlight: pageUrlPath(obtained.sites.starlight.page) },
    ours: summarize(pairs.map((p) => p.ours), oursStuck),
    starlight: summarize(pairs.map((p) => p.theirs), starlightStuck),
    ratio: round(medianRatio(pairs, (o) => o.firstResultsMs, (t) => t.firstResultsMs) ?? Number.NaN),
    ratios: {
      bytes_to_first_results: round(medianRatio(pairs, (o) => o.bytesToFirstResults, (t) => t.bytesToFirstResults) ?? Number.NaN),
      bytes_before_open: round(medianRatio(pairs, (o) => o.bytesBeforeOpen, (t) => t.bytesBeforeOpen) ?? Number.NaN),
    },
    load_average: { start: loadStart, end: loadAverages() },
  };
  printSummary([result]);
  if (values.out) writeJson(values.out, result);
} finally {
  await browser.close();
  await oursSite.close();
  await starlightSite.close();
  obtained.cleanup();
}

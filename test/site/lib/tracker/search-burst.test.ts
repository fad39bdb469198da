import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshTracker, installBrowser, type BrowserStub } from './browser-stubs.ts';

let browser: BrowserStub;
let tracker: Awaited<ReturnType<typeof freshTracker>>;

beforeEach(async () => {
  vi.useFakeTimers();
  browser = installBrowser();
  tracker = await freshTracker();
  tracker.initTracker({ endpoint: '/api/events', searchSettleMs: 1500, flushMs: 1000 });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Pagefind reporting results as someone types, one debounced keystroke every `gap` ms. */
async function type(keystrokes: Array<[string, number]>, gap = 300): Promise<void> {
  for (const [query, results] of keystrokes) {
    tracker.trackSearch(query, results);
    await vi.advanceTimersByTimeAsync(gap);
  }
}

const searches = () => {
  // Send what is queued without the page-leaving flush, which would also commit an unsettled search.
  vi.advanceTimersByTime(1000);
  return browser.sent().filter((event) => event.type === 'search').map((event) => [event.query, event.results]);
};

describe('trackSearch', () => {
  it('logs one search per burst: the final query, never the keystrokes on the way', async () => {
    await type([['r', 80], ['re', 60], ['ref', 12], ['refu', 5], ['refun', 4], ['refund', 4]]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(searches()).toEqual([['refund', 4]]);
  });

  it('never logs the zero-result event Pagefind fires when the input is cleared', async () => {
    await type([['refund', 4]]);
    await vi.advanceTimersByTimeAsync(5000);
    await type([['', 0]]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(searches()).toEqual([['refund', 4]]);
  });

  it('drops a query that is cleared or shortened below 2 characters before it settles', async () => {
    await type([['pay', 3], ['payr', 2], ['', 0]]);
    await type([['p', 30], ['x', 30]]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(searches()).toEqual([]);
  });

  it('trims the query and keeps zero-result searches that settle', async () => {
    await type([['  overtime   rules ', 0]]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(searches()).toEqual([['overtime rules', 0]]);
  });

  it('does not log the same query again when Pagefind re-reports it, but does after a new search', async () => {
    await type([['refund', 4]]);
    await vi.advanceTimersByTimeAsync(2000);
    await type([['refund', 4], ['refund', 2]]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(searches()).toEqual([['refund', 4]]);
    await type([['', 0], ['re', 9], ['refund', 4]]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(searches()).toEqual([['refund', 4], ['refund', 4]]);
  });

  it('does not log keystrokes while deleting a settled query', async () => {
    await type([['refund policy', 1]]);
    await vi.advanceTimersByTimeAsync(2000);
    await type([['refund polic', 1], ['refund pol', 2], ['refund', 4], ['ref', 12], ['r', 80], ['', 0]]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(searches()).toEqual([['refund policy', 1]]);
  });

  it('logs the pending search when the page is hidden before it settles', async () => {
    await type([['holiday pay', 0]], 100);
    browser.fire('visibilitychange', 'hidden');
    expect(browser.sent().map((event) => event.query)).toEqual(['holiday pay']);
  });

  it('is not cut short by the batching timer while someone is still typing', async () => {
    tracker.track({ type: 'view', article: 'a' });
    // The view's batch is sent at 1000 ms, in the middle of this burst.
    await type([['pay', 3], ['payr', 2], ['payro', 2], ['payrol', 2], ['payroll', 2]], 400);
    await vi.advanceTimersByTimeAsync(5000);
    expect(searches()).toEqual([['payroll', 2]]);
  });
});

describe('trackSearchClick', () => {
  it('logs the search first, then the click with its position', async () => {
    await type([['invoice', 7]], 200);
    tracker.trackSearchClick(' invoice ', 'download-invoices', 3);
    tracker.flush();
    expect(browser.sent().map(({ type: kind, query, article, position, results }) => ({ kind, query, article, position, results }))).toEqual([
      { kind: 'search', query: 'invoice', article: undefined, position: undefined, results: 7 },
      { kind: 'search_click', query: 'invoice', article: 'download-invoices', position: 3, results: undefined },
    ]);
  });
});

/**
 * One search event per search burst. Pagefind reports results on every
 * debounced keystroke and once more, with zero results, when the input is
 * cleared; logging those would fill the stats with "ref", "refu" and empty
 * zero-result searches. A query is logged only once it has stood still for
 * `searchSettleMs`, or when a result is clicked or the page is hidden first.
 * Clearing the input (or shortening it below 2 characters) ends the burst
 * without logging the unsettled query.
 */
import { MAX_QUERY_LENGTH, MIN_SEARCH_QUERY_LENGTH } from '../../../analytics-api/events/event-limits.ts';
import { clampText } from './clamp-text.ts';
import { onFlush, track, trackerSettings } from './tracker.ts';

let pending: { query: string; results: number } | undefined;
let settleTimer: ReturnType<typeof setTimeout> | undefined;
let lastLogged: string | undefined;

onFlush(commitSearch);

/** Reports that `query` shows `resultCount` results; call it on every Pagefind results update. */
export function trackSearch(query: string, resultCount: number): void {
  clearTimeout(settleTimer);
  const text = clampText(String(query), MAX_QUERY_LENGTH);
  if (text.length < MIN_SEARCH_QUERY_LENGTH) {
    pending = undefined;
    lastLogged = undefined;
    return;
  }
  // The same query reported again (a filter toggled, results re-rendered) is not a new search.
  if (text === lastLogged) {
    pending = undefined;
    return;
  }
  pending = { query: text, results: Math.min(Math.max(Math.floor(Number(resultCount)) || 0, 0), 100_000) };
  settleTimer = setTimeout(commitSearch, trackerSettings.searchSettleMs);
}

/** Reports a click on the result at `position` (1 = first) for `query`; logs the search it came from first. */
export function trackSearchClick(query: string, article: string, position: number): void {
  commitSearch();
  const text = clampText(String(query), MAX_QUERY_LENGTH);
  if (text === '') return;
  track({ type: 'search_click', query: text, article, position: Math.min(Math.max(Math.floor(Number(position)) || 1, 1), 1000) });
}

function commitSearch(): void {
  clearTimeout(settleTimer);
  if (pending === undefined) return;
  track({ type: 'search', query: pending.query, results: pending.results });
  lastLogged = pending.query;
  pending = undefined;
}

/**
 * Zero-result searches followed by an article view: each search of the
 * period that found nothing, with the first article its session (the same
 * browser tab) opened within the window after it. Two passes over the
 * `(type, ts)` index: the zero-result searches, then the views that can
 * follow them; only the searches are held in memory. The SQL runs on both
 * analytics engines; `matchFollowUps` is the one place the pairing is done.
 */
import { prepared } from '../../analytics-api/db/statement-cache.ts';
import type { EventPeriod } from './list-warehouse-events.ts';
import type { Warehouse } from './open-warehouse.ts';
import { periodMs } from './time-bound.ts';

/** A zero-result search and the article viewed after it. */
export interface ZeroResultFollowUp {
  session: string;
  /** As typed (the caller folds case and spaces). */
  query: string;
  searchedAt: number;
  article: string;
  viewedAt: number;
}

/** A zero-result search (`ZERO_RESULT_SEARCHES`). */
export interface ZeroResultSearch {
  session: string;
  query: string;
  ts: number;
}

/** A view that may follow one (`FOLLOWING_VIEWS`). */
export interface FollowingView {
  session: string;
  article: string;
  ts: number;
}

/** Zero-result searches with `ts` in [@from, @to), oldest first. */
export const ZERO_RESULT_SEARCHES = `SELECT session, query, ts FROM events WHERE type = 'search' AND results = 0 AND query IS NOT NULL AND ts >= @from AND ts < @to ORDER BY ts, id`;

/** Views with `ts` in (@after, @until], oldest first. */
export const FOLLOWING_VIEWS = `SELECT session, article, ts FROM events WHERE type = 'view' AND article IS NOT NULL AND ts > @after AND ts <= @until ORDER BY ts, id`;

/** The bounds of `FOLLOWING_VIEWS` for `searches` of [from, to): the last search can be followed up to the window after the period ends. */
export function followingViewsBounds(searches: readonly ZeroResultSearch[], to: number, windowMs: number): { after: number; until: number } {
  return { after: searches[0]?.ts ?? to, until: Math.min(to + windowMs, Number.MAX_SAFE_INTEGER) };
}

/** Pairs each search (oldest first) with the first view of its session within `windowMs` after it; `views` oldest first. */
export function matchFollowUps(searches: readonly ZeroResultSearch[], views: Iterable<FollowingView>, windowMs: number): ZeroResultFollowUp[] {
  const pending = new Map<string, ZeroResultSearch[]>();
  for (const search of searches) {
    const list = pending.get(search.session);
    if (list) list.push(search);
    else pending.set(search.session, [search]);
  }
  const found: ZeroResultFollowUp[] = [];
  if (pending.size === 0) return found;
  for (const view of views) {
    const list = pending.get(view.session);
    if (!list) continue;
    const waiting: ZeroResultSearch[] = [];
    for (const search of list) {
      if (search.ts >= view.ts) waiting.push(search); // a later search: this view came before it
      else if (view.ts - search.ts <= windowMs) found.push({ session: search.session, query: search.query, searchedAt: search.ts, article: view.article, viewedAt: view.ts });
      // Otherwise the view came too late: that search had no follow-up.
    }
    if (waiting.length > 0) pending.set(view.session, waiting);
    else pending.delete(view.session);
  }
  return found.sort((a, b) => a.searchedAt - b.searchedAt || (a.session < b.session ? -1 : a.session > b.session ? 1 : 0));
}

/** Zero-result searches with `ts` in [from, to) and the first view within `windowMs` after each, oldest first. */
export function listZeroResultFollowUps(db: Warehouse, period: EventPeriod, windowMs: number): ZeroResultFollowUp[] {
  const [from, to] = periodMs(period);
  const searches = prepared<[{ from: number; to: number }], ZeroResultSearch>(db, ZERO_RESULT_SEARCHES).all({ from, to });
  if (searches.length === 0) return [];
  const views = prepared<[{ after: number; until: number }], FollowingView>(db, FOLLOWING_VIEWS).iterate(followingViewsBounds(searches, to, windowMs));
  return matchFollowUps(searches, views, windowMs);
}

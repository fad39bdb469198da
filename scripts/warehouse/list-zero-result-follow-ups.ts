/**
 * Zero-result searches followed by an article view: each search of the
 * period that found nothing, with the first article its session (the same
 * browser tab) opened within the window after it. Two passes over the
 * `(type, ts)` index: the zero-result searches, then the views that can
 * follow them; only the searches are held in memory.
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

interface SearchRow {
  session: string;
  query: string;
  ts: number;
}

/** Zero-result searches with `ts` in [from, to) and the first view within `windowMs` after each, oldest first. */
export function listZeroResultFollowUps(db: Warehouse, period: EventPeriod, windowMs: number): ZeroResultFollowUp[] {
  const [from, to] = periodMs(period);
  const searches = prepared<[number, number], SearchRow>(
    db,
    `SELECT session, query, ts FROM events WHERE type = 'search' AND results = 0 AND query IS NOT NULL AND ts >= ? AND ts < ? ORDER BY ts, id`,
  ).all(from, to);
  const pending = new Map<string, SearchRow[]>();
  for (const search of searches) {
    const list = pending.get(search.session);
    if (list) list.push(search);
    else pending.set(search.session, [search]);
  }
  const found: ZeroResultFollowUp[] = [];
  if (pending.size === 0) return found;
  const views = prepared<[number, number], { session: string; article: string; ts: number }>(
    db,
    `SELECT session, article, ts FROM events WHERE type = 'view' AND article IS NOT NULL AND ts > ? AND ts <= ? ORDER BY ts, id`,
  );
  // The last search can be followed up to the window after the period ends.
  for (const view of views.iterate(searches[0]?.ts ?? from, Math.min(to + windowMs, Number.MAX_SAFE_INTEGER))) {
    const list = pending.get(view.session);
    if (!list) continue;
    const waiting: SearchRow[] = [];
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

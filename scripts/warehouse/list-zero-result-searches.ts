/** Searches that found nothing, grouped by what was typed. */
import { prepared } from '../../analytics-api/db/statement-cache.ts';
import { scrubPersonalData } from '../../plugins/text/scrub-personal-data.ts';
import type { EventPeriod } from './list-warehouse-events.ts';
import type { Warehouse } from './open-warehouse.ts';
import { periodMs } from './time-bound.ts';

/** A query (case-folded, spaces collapsed) and how often it found nothing. */
export interface ZeroResultSearch {
  query: string;
  searches: number;
}

/** Zero-result queries with `ts` in [from, to), most frequent first (ties by query). */
export function listZeroResultSearches(db: Warehouse, period: EventPeriod = {}): ZeroResultSearch[] {
  const rows = prepared<[number, number], ZeroResultSearch>(
    db,
    `SELECT lower(trim(query)) AS query, COUNT(*) AS searches FROM events
     WHERE type = 'search' AND results = 0 AND ts >= ? AND ts < ? AND query IS NOT NULL GROUP BY 1`,
  ).all(...periodMs(period));
  // SQLite's lower() folds ASCII only and keeps inner runs of spaces; finish here. Queries were
  // scrubbed on arrival; scrubbing again covers what older versions stored.
  const merged = new Map<string, number>();
  for (const row of rows) {
    const query = scrubPersonalData(row.query.toLowerCase().replace(/\s+/g, ' ').trim(), { tagger: false });
    if (query) merged.set(query, (merged.get(query) ?? 0) + row.searches);
  }
  return [...merged]
    .map(([query, searches]) => ({ query, searches }))
    .sort((a, b) => b.searches - a.searches || (a.query < b.query ? -1 : a.query > b.query ? 1 : 0));
}

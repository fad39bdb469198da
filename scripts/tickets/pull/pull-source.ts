/**
 * A helpdesk API `kb tickets pull` reads: pages of vendor records in
 * update order, each with the cursor to resume after it. Records are the
 * vendor's own JSON, mapped by the same importer `kb tickets import` uses
 * for that vendor's JSON export.
 */
import type { JsonImporter } from '../importer.ts';

/** One page of records and where the next pull resumes once it is saved. */
export interface PulledPage {
  records: unknown[];
  cursor: string;
  /** The latest update time on the page (ms), for the progress bar; null when the page is empty. */
  position: number | null;
}

export interface PullSource {
  name: 'zendesk' | 'freshdesk' | 'helpscout';
  importer: JsonImporter;
  /** Pages after `cursor` (a stored cursor), or from `since` (ms) when there is none. */
  pages(cursor: string | undefined, since: number): AsyncGenerator<PulledPage>;
}

/** The latest of the given ISO times in ms, or null. */
export function latestTime(values: ReadonlyArray<unknown>): number | null {
  let latest: number | null = null;
  for (const value of values) {
    const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    if (!Number.isNaN(ms) && (latest === null || ms > latest)) latest = ms;
  }
  return latest;
}

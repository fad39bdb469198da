/**
 * `kb tickets pull` as a function: reads a helpdesk API page by page from
 * the stored cursor (or `since` on the first pull), maps each record with
 * the vendor's JSON importer, and saves each page's tickets together with
 * the cursor after it in one transaction, so a pull that stops (Ctrl-C, a
 * network failure, a kill) keeps every saved page and the next run
 * continues after it. Rows that cannot be mapped are skipped and listed,
 * as `kb tickets import` does.
 */
import { WarningLog } from '../import-warnings.ts';
import { createMapContext } from '../map-context.ts';
import { toTicketRow } from '../read-tickets.ts';
import type { Ticket } from '../ticket-schema.ts';
import type { Warehouse } from '../../warehouse/open-warehouse.ts';
import { saveTickets } from '../../warehouse/save-tickets.ts';
import { getTicketCursor, saveTicketCursor } from '../../warehouse/ticket-pulls.ts';
import type { PullSource } from './pull-source.ts';

/** What a pull did. */
export interface PullSummary {
  source: string;
  /** Where it started: the stored cursor, or the `since` time of a first pull. */
  started_from: string;
  cursor: string | null;
  pages: number;
  records: number;
  inserted: number;
  updated: number;
  older: number;
  skipped: number;
  errors: Array<{ row: number; reason: string }>;
  warning_count: number;
}

export interface PullOptions {
  /** Start of a first pull, ms since the epoch. */
  since: number;
  onProgress?: (progress: { records: number; position: number | null }) => void;
}

const MAX_ERRORS = 1000;

export async function pullTickets(db: Warehouse, source: PullSource, options: PullOptions): Promise<PullSummary> {
  const stored = getTicketCursor(db, source.name);
  const summary: PullSummary = {
    source: source.name,
    started_from: stored !== undefined ? `cursor ${stored}` : new Date(options.since).toISOString(),
    cursor: stored ?? null,
    pages: 0,
    records: 0,
    inserted: 0,
    updated: 0,
    older: 0,
    skipped: 0,
    errors: [],
    warning_count: 0,
  };
  const warnings = new WarningLog();
  let row = 0;
  const context = createMapContext({ timezone: 'UTC', warnings, placeholders: new Map(), row: () => row });
  const savePage = db.transaction((tickets: Ticket[], cursor: string) => {
    const saved = saveTickets(db, tickets, { source: source.importer.format });
    saveTicketCursor(db, source.name, cursor, tickets.length);
    return saved;
  });

  for await (const page of source.pages(stored, options.since)) {
    const tickets: Ticket[] = [];
    for (const record of page.records) {
      row++;
      const mapped = toTicketRow(row, () => source.importer.map(record, context), warnings);
      if ('ticket' in mapped) tickets.push(mapped.ticket);
      else {
        summary.skipped++;
        if (summary.errors.length < MAX_ERRORS) summary.errors.push({ row: mapped.row, reason: mapped.error });
      }
    }
    const saved = savePage.immediate(tickets, page.cursor);
    summary.pages++;
    summary.records += page.records.length;
    summary.inserted += saved.inserted;
    summary.updated += saved.updated;
    summary.older += saved.older;
    summary.cursor = page.cursor;
    options.onProgress?.({ records: summary.records, position: page.position });
  }
  summary.warning_count = warnings.count;
  return summary;
}

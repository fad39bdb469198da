/**
 * `kb tickets import` as a function: stream an export into the warehouse in
 * batches, inside one transaction, so an import either lands whole or not
 * at all and re-importing the same file updates rows instead of adding them.
 * A row the warehouse holds in a newer version (by `updated_at`) is left as
 * it is and counted.
 */
import path from 'node:path';
import { UserError } from '../cli/user-error.ts';
import type { Warehouse } from '../warehouse/open-warehouse.ts';
import { saveTickets } from '../warehouse/save-tickets.ts';
import type { ImportWarning } from './import-warnings.ts';
import { openTicketExport, type ReadTicketsOptions } from './read-tickets.ts';
import { describeRow, RowError } from './row-error.ts';
import type { TicketFormat } from './ticket-formats.ts';
import type { Ticket } from './ticket-schema.ts';

/** Options of {@link importTickets}. */
export interface ImportTicketsOptions extends ReadTicketsOptions {
  /** Stop at the first bad row and save nothing. */
  strict?: boolean;
  /** Tickets written per batch. Default 1000. */
  batchSize?: number;
  /** Progress: bytes read, file size, rows read so far. */
  onProgress?: (progress: { bytes: number; size: number; rows: number }) => void;
}

/** A skipped row: where, which column and value, and why. */
export interface BadRow {
  row: number;
  column: string | null;
  value: string | null;
  reason: string;
}

/** What an import did. */
export interface ImportSummary {
  file: string;
  format: TicketFormat;
  /** The character encoding the file was read in. */
  encoding: string;
  timezone: string;
  /** True when timestamps without an offset were read in `timezone`. */
  local_times: boolean;
  rows: number;
  inserted: number;
  updated: number;
  /** Rows that could not be imported (listed in `errors`). */
  skipped: number;
  /** Rows left out because the warehouse holds a newer version of the ticket (by updated_at). */
  older: number;
  /** The first bad rows (at most {@link MAX_REPORTED_ERRORS}). */
  errors: BadRow[];
  /** Placeholder dates read as "not set", per column (1900-01-01 for an unsolved ticket's solve time, …). */
  placeholders: Record<string, number>;
  /** How many warnings there were; `warnings` lists the first of them. */
  warning_count: number;
  warnings: ImportWarning[];
}

/** Bad rows kept for the report; the count goes on beyond it. */
export const MAX_REPORTED_ERRORS = 1000;

/** Imports one export into the warehouse. Throws a UserError for unreadable files, an export with no rows, and, with `strict`, bad rows. */
export async function importTickets(db: Warehouse, file: string, options: ImportTicketsOptions = {}): Promise<ImportSummary> {
  const shown = path.relative(process.cwd(), file) || file;
  const batchSize = options.batchSize ?? 1000;
  let bytes = 0;
  let rows = 0;
  const exported = await openTicketExport(file, {
    ...options,
    onBytes: (read, size) => {
      bytes = read;
      options.onProgress?.({ bytes, size, rows });
    },
  });
  const summary: ImportSummary = {
    file: shown,
    format: exported.format,
    encoding: exported.encoding.encoding,
    timezone: exported.timezone,
    local_times: false,
    rows: 0,
    inserted: 0,
    updated: 0,
    skipped: 0,
    older: 0,
    errors: [],
    placeholders: {},
    warning_count: 0,
    warnings: [],
  };
  let batch: Ticket[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    const saved = saveTickets(db, batch, { source: exported.format });
    summary.inserted += saved.inserted;
    summary.updated += saved.updated;
    summary.older += saved.older;
    batch = [];
  };

  db.exec('BEGIN IMMEDIATE');
  try {
    for await (const item of exported.rows) {
      rows++;
      if ('error' in item) {
        if (options.strict) {
          throw new UserError(`${shown}: ${describeRow(item.row, item.error)}. Nothing was imported: --strict stops at the first bad row.`);
        }
        summary.skipped++;
        if (summary.errors.length < MAX_REPORTED_ERRORS) summary.errors.push({ row: item.row, column: item.column ?? null, value: item.value ?? null, reason: item.error });
        continue;
      }
      batch.push(item.ticket);
      if (batch.length >= batchSize) {
        flush();
        options.onProgress?.({ bytes, size: exported.size, rows });
      }
    }
    if (rows === 0) throw new UserError(`${shown} holds no tickets: it has a header and no rows. Export the tickets again, with a date range that holds some.`);
    flush();
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    if (error instanceof RowError) throw new UserError(`${shown}: ${error.message}. Nothing was imported: fix the file and import it again.`);
    throw error;
  }
  summary.rows = rows;
  summary.local_times = exported.readLocalTimes();
  summary.placeholders = Object.fromEntries([...exported.placeholders].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
  summary.warning_count = exported.warnings.count;
  summary.warnings = exported.warnings.list;
  options.onProgress?.({ bytes: exported.size, size: exported.size, rows });
  return summary;
}

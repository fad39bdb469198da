/**
 * What `kb tickets import` prints: a human summary (or JSON) of one import,
 * with every skipped row and its reason.
 */
import path from 'node:path';
import { UsageError } from '../cli/user-error.ts';
import { openWarehouse } from '../warehouse/open-warehouse.ts';
import { loadColumnMap } from './column-map.ts';
import { importTickets, type ImportSummary } from './import-tickets.ts';
import { isValidTimeZone } from './parse-timestamp.ts';
import { startProgressBar } from './progress-bar.ts';
import { describeRow } from './row-error.ts';
import type { TicketFormat } from './ticket-formats.ts';

/** Options of `kb tickets import`. */
export interface RunImportOptions {
  file: string;
  format?: TicketFormat;
  map?: string;
  db: string;
  timezone?: string;
  strict: boolean;
  output: 'text' | 'json';
  write?: (text: string) => void;
}

/** Bad rows listed in the human summary before "…and N more". */
const SHOWN_ERRORS = 20;

/** Runs one import; returns the exit code. */
export async function runTicketsImport(options: RunImportOptions): Promise<number> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  if (options.timezone !== undefined && !isValidTimeZone(options.timezone)) {
    throw new UsageError(`--timezone "${options.timezone}" is not a time zone: use an IANA name such as Europe/Berlin, America/New_York or UTC.`);
  }
  if (options.map && options.format && options.format !== 'csv') {
    throw new UsageError(`--map only applies to --format csv; ${options.format} has its own columns.`);
  }
  const map = options.map ? loadColumnMap(options.map) : undefined;
  const db = openWarehouse(options.db);
  let bar: ReturnType<typeof startProgressBar> | undefined;
  try {
    const summary = await importTickets(db, path.resolve(options.file), {
      format: options.format,
      map,
      timezone: options.timezone,
      strict: options.strict,
      onProgress: ({ bytes, size, rows }) => {
        bar ??= startProgressBar('Importing', size);
        bar.update(bytes, rows);
      },
    });
    bar?.stop();
    write(options.output === 'json' ? `${JSON.stringify({ ...summary, db: options.db }, null, 2)}\n` : formatSummary(summary, options.db));
    return 0;
  } finally {
    bar?.stop();
    db.close();
  }
}

/** The human summary of an import. */
export function formatSummary(summary: ImportSummary, db: string): string {
  const lines = [
    `Imported ${summary.file} (${summary.format}) into ${db}`,
    `  ${summary.rows} ${summary.rows === 1 ? 'row' : 'rows'}: ${summary.inserted} new, ${summary.updated} updated, ${summary.skipped} skipped`,
  ];
  if (summary.skipped > 0) {
    lines.push('', 'Skipped rows (fix them in the export and import it again):');
    for (const error of summary.errors.slice(0, SHOWN_ERRORS)) lines.push(`  ${describeRow(error.row, error.reason)}`);
    if (summary.skipped > SHOWN_ERRORS) lines.push(`  …and ${summary.skipped - SHOWN_ERRORS} more (--format json lists up to ${summary.errors.length})`);
  }
  if (summary.local_times) {
    lines.push(
      '',
      `Timestamps without an offset were read in ${summary.timezone}${summary.timezone === 'UTC' ? ': if your helpdesk account uses another time zone, import again with --timezone (e.g. --timezone Europe/Berlin)' : ''}.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

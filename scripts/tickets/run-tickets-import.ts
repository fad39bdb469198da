/**
 * What `kb tickets import` prints: a human summary (or JSON) of one import,
 * with the skipped rows (row, column, value, why), the placeholders read as
 * "not set" and the warnings; and its exit code: 0 every row imported, 3
 * imported with rows skipped, 1 failed and nothing imported, 2 bad usage.
 */
import path from 'node:path';
import { UsageError } from '../cli/user-error.ts';
import { openWarehouse } from '../warehouse/open-warehouse.ts';
import { loadColumnMap } from './column-map.ts';
import { importTickets, type ImportSummary } from './import-tickets.ts';
import { describeWarning } from './import-warnings.ts';
import { isValidTimeZone } from './parse-timestamp.ts';
import { startProgressBar } from './progress-bar.ts';
import { describeRow } from './row-error.ts';
import type { TicketFormat } from './ticket-formats.ts';

/** Exit codes of `kb tickets import`; scheduled jobs rely on them. */
export const importExitCodes = { imported: 0, failed: 1, usage: 2, rowsSkipped: 3 } as const;

/** Options of `kb tickets import`. */
export interface RunImportOptions {
  file: string;
  format?: TicketFormat;
  map?: string;
  db: string;
  timezone?: string;
  encoding?: string;
  strict: boolean;
  output: 'text' | 'json';
  write?: (text: string) => void;
  warn?: (text: string) => void;
}

/** Bad rows and warnings listed in the human summary before "…and N more". */
const SHOWN = 20;

/** The exit code for what an import did. */
export function importExitCode(summary: ImportSummary): number {
  if (summary.skipped === 0) return importExitCodes.imported;
  return summary.inserted + summary.updated + summary.older === 0 ? importExitCodes.failed : importExitCodes.rowsSkipped;
}

/** Runs one import; returns the exit code. */
export async function runTicketsImport(options: RunImportOptions): Promise<number> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const warn = options.warn ?? ((text: string) => process.stderr.write(text));
  if (options.timezone !== undefined && !isValidTimeZone(options.timezone)) {
    throw new UsageError(`--timezone "${options.timezone}" is not a time zone: use an IANA name such as Europe/Berlin, America/New_York or UTC.`);
  }
  const map = options.map ? loadColumnMap(options.map) : undefined;
  const db = openWarehouse(options.db);
  let bar: ReturnType<typeof startProgressBar> | undefined;
  try {
    const summary = await importTickets(db, path.resolve(options.file), {
      format: options.format,
      map,
      timezone: options.timezone,
      encoding: options.encoding,
      strict: options.strict,
      onProgress: ({ bytes, size, rows }) => {
        bar ??= startProgressBar('Importing', size);
        bar.update(bytes, rows);
      },
    });
    bar?.stop();
    const code = importExitCode(summary);
    write(options.output === 'json' ? `${JSON.stringify({ ...summary, db: options.db, exit_code: code }, null, 2)}\n` : formatSummary(summary, options.db));
    if (code === importExitCodes.failed) warn(`${summary.file}: no row could be imported (all ${summary.skipped} skipped); the warehouse is unchanged. Fix the rows listed above and import again.\n`);
    else if (code === importExitCodes.rowsSkipped) warn(`${summary.file}: ${summary.skipped} of ${summary.rows} rows were skipped (exit code 3); the others were imported.\n`);
    return code;
  } finally {
    bar?.stop();
    db.close();
  }
}

/** The human summary of an import. */
export function formatSummary(summary: ImportSummary, db: string): string {
  const lines = [
    `Imported ${summary.file} (${summary.format}, ${summary.encoding}) into ${db}`,
    `  ${summary.rows} ${summary.rows === 1 ? 'row' : 'rows'}: ${summary.inserted} new, ${summary.updated} updated, ${summary.skipped} skipped` +
      (summary.older > 0 ? `, ${summary.older} older than the warehouse's copy (kept the newer)` : ''),
  ];
  if (summary.skipped > 0) {
    lines.push('', 'Skipped rows (fix them in the export and import it again):');
    for (const error of summary.errors.slice(0, SHOWN)) lines.push(`  ${describeRow(error.row, error.reason)}`);
    if (summary.skipped > SHOWN) lines.push(`  …and ${summary.skipped - SHOWN} more (--output json lists up to ${summary.errors.length})`);
  }
  const placeholders = Object.entries(summary.placeholders);
  if (placeholders.length > 0) {
    lines.push('', `Placeholder dates read as not set: ${placeholders.map(([column, n]) => `${column} ${n}`).join(', ')} (1900-01-01 and the like mean the event has not happened).`);
  }
  if (summary.warning_count > 0) {
    lines.push('', `Warnings (the rows were imported):`);
    for (const warning of summary.warnings.slice(0, SHOWN)) lines.push(`  ${describeWarning(warning)}`);
    if (summary.warning_count > SHOWN) lines.push(`  …and ${summary.warning_count - SHOWN} more (--output json lists up to ${summary.warnings.length})`);
  }
  if (summary.local_times) {
    lines.push(
      '',
      `Timestamps without an offset were read in ${summary.timezone}${summary.timezone === 'UTC' ? ': if your helpdesk account uses another time zone, import again with --timezone (e.g. --timezone Europe/Berlin)' : ''}.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

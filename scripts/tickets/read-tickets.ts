/**
 * Opens a ticket export, works out its format (from the header of a CSV or
 * the first record of JSON, unless `format` is given) and streams canonical
 * tickets out of it, each validated by the ticket schema. A record that
 * cannot be used comes out as an error with its row number and the reason.
 */
import path from 'node:path';
import { UserError } from '../cli/user-error.ts';
import type { ColumnMap } from './column-map.ts';
import { missingColumns, type CsvImporter, type JsonImporter, type MapContext } from './importer.ts';
import { csvImporters, jsonImporters } from './importers.ts';
import { createMappedCsvImporter } from './mapped-csv.ts';
import { createTimestampParser } from './parse-timestamp.ts';
import { readCsvHeader, readCsvRecords } from './read-csv-records.ts';
import { readJsonRecords, type JsonRow } from './read-json-records.ts';
import { describeIssues } from './describe-issues.ts';
import { RowError } from './row-error.ts';
import { sniffFile } from './sniff-file.ts';
import { formatDescriptions, type TicketFormat } from './ticket-formats.ts';
import { ticketSchema, type Ticket, type TicketInput } from './ticket-schema.ts';

/** A ticket read from the export, or why its record was skipped. */
export type TicketRow = { row: number; ticket: Ticket } | { row: number; error: string };

/** Options of {@link openTicketExport}. */
export interface ReadTicketsOptions {
  /** The export format; detected when absent. */
  format?: TicketFormat;
  /** Column map, required for `csv`. */
  map?: ColumnMap;
  /** IANA zone of timestamps without an offset. Default: the map's zone, else UTC. */
  timezone?: string;
  /** Called as the file is read, with bytes read and the file size. */
  onBytes?: (bytes: number, size: number) => void;
}

/** An export being read. */
export interface TicketExport {
  format: TicketFormat;
  size: number;
  timezone: string;
  rows: AsyncGenerator<TicketRow>;
  /** True once a timestamp without an offset was read (so the zone mattered). */
  readLocalTimes(): boolean;
}

/** Opens `file`; throws a UserError when it is no ticket export or not the given format. */
export async function openTicketExport(file: string, options: ReadTicketsOptions = {}): Promise<TicketExport> {
  const shown = path.relative(process.cwd(), file) || file;
  const sniffed = await sniffFile(file);
  const timezone = options.timezone ?? options.map?.timezone ?? 'UTC';
  let sawLocal = false;
  const context: MapContext = {
    time: createTimestampParser({ zone: timezone, format: options.map?.date_format, onLocalTime: () => (sawLocal = true) }),
  };
  const onBytes = options.onBytes ? (bytes: number) => options.onBytes?.(bytes, sniffed.size) : undefined;
  const opened = (format: TicketFormat, rows: AsyncGenerator<TicketRow>): TicketExport => ({
    format,
    size: sniffed.size,
    timezone,
    rows,
    readLocalTimes: () => sawLocal,
  });

  if (sniffed.kind === 'csv') {
    if (options.format && !options.format.endsWith('csv')) {
      throw new UserError(`${shown} is a CSV file, not ${options.format}: pass --format zendesk-csv, freshdesk-csv or csv, or leave --format out to detect it.`, 2);
    }
    const header = readCsvHeader(sniffed.head, options.map?.delimiter);
    const importer = pickCsvImporter(shown, header, options);
    return opened(importer.format, csvTickets(file, importer, context, options.map?.delimiter, onBytes));
  }

  if (options.format && options.format.endsWith('csv')) {
    throw new UserError(`${shown} is JSON, not ${options.format}: pass a JSON format (zendesk-json, freshdesk-json, helpscout-json, intercom-json) or leave --format out.`, 2);
  }
  const records = readJsonRecords(file, sniffed.kind === 'ndjson' ? 'ndjson' : 'json', sniffed.head, { onBytes });
  const first = await records.next();
  if (first.done) {
    throw new UserError(
      `${shown} holds no tickets: expected an array of tickets, a "tickets" or "conversations" list, or one ticket per line.`,
    );
  }
  const importer = pickJsonImporter(shown, first.value, options.format);
  return opened(importer.format, jsonTickets(first.value, records, importer, context));
}

function pickCsvImporter(shown: string, header: string[], options: ReadTicketsOptions): CsvImporter {
  const preview = header.slice(0, 8).join(', ') + (header.length > 8 ? ', …' : '');
  if (options.format === 'csv' || (!options.format && options.map)) {
    if (!options.map) throw new UserError(`--format csv needs --map FILE: a column map naming the CSV column for each ticket field.`, 2);
    const importer = createMappedCsvImporter(options.map);
    if (!importer.matches(header)) {
      const missing = missingColumns(header, importer.requiredColumns);
      throw new UserError(`${shown} has no column ${missing.map((c) => `"${c}"`).join(', ')} named in the column map. Its columns: ${preview}. Fix the map's "columns".`, 2);
    }
    return importer;
  }
  if (options.format) {
    const importer = csvImporters.find((i) => i.format === options.format)!;
    if (!importer.matches(header)) {
      const missing = missingColumns(header, importer.requiredColumns);
      throw new UserError(
        `${shown} is not a ${options.format} export: it has no ${missing.map((c) => `"${c}"`).join(', ')} column. Its columns: ${preview}. Leave --format out to detect the format, or use --format csv --map FILE.`,
        2,
      );
    }
    return importer;
  }
  const importer = csvImporters.find((i) => i.matches(header));
  if (!importer) {
    throw new UserError(
      `${shown} is not a ticket export we recognise: its header (${preview || 'empty'}) matches no known format.\n` +
        `Known CSV formats: ${csvImporters.map((i) => `${i.format} — ${formatDescriptions[i.format]}`).join('; ')}.\n` +
        `For another helpdesk, write a column map and pass --format csv --map FILE.`,
    );
  }
  return importer;
}

function pickJsonImporter(shown: string, first: JsonRow, format: TicketFormat | undefined): JsonImporter {
  const sample = 'value' in first ? first.value : undefined;
  if (format) {
    const importer = jsonImporters.find((i) => i.format === format)!;
    if (sample !== undefined && !importer.matches(sample)) {
      throw new UserError(`${shown} is not a ${format} export: its first record lacks ${importer.signature}. Leave --format out to detect the format.`, 2);
    }
    return importer;
  }
  const importer = sample === undefined ? undefined : jsonImporters.find((i) => i.matches(sample));
  if (!importer) {
    const keys = sample && typeof sample === 'object' ? Object.keys(sample).slice(0, 8).join(', ') : typeof sample;
    throw new UserError(
      `${shown} is not a ticket export we recognise: its first record (${keys}) matches no known JSON format.\n` +
        `Known JSON formats: ${jsonImporters.map((i) => `${i.format} — ${formatDescriptions[i.format]}`).join('; ')}.`,
    );
  }
  return importer;
}

async function* csvTickets(
  file: string,
  importer: CsvImporter,
  context: MapContext,
  delimiter: string | undefined,
  onBytes: ((bytes: number) => void) | undefined,
): AsyncGenerator<TicketRow> {
  for await (const item of readCsvRecords(file, { onBytes, delimiter })) {
    if ('error' in item) {
      yield item;
      continue;
    }
    yield toRow(item.row, () => importer.map(item.record, context));
  }
}

async function* jsonTickets(first: JsonRow, rest: AsyncGenerator<JsonRow>, importer: JsonImporter, context: MapContext): AsyncGenerator<TicketRow> {
  const convert = (item: JsonRow): TicketRow => ('error' in item ? item : toRow(item.row, () => importer.map(item.value, context)));
  yield convert(first);
  for await (const item of rest) yield convert(item);
}

function toRow(row: number, map: () => TicketInput): TicketRow {
  let input: TicketInput;
  try {
    input = map();
  } catch (error) {
    if (error instanceof RowError) return { row, error: error.message };
    throw error;
  }
  // Long email threads and tag lists are clipped, not refused: the ticket still counts.
  if (input.subject && input.subject.length > 1000) input.subject = input.subject.slice(0, 1000);
  if (input.description && input.description.length > 100_000) input.description = input.description.slice(0, 100_000);
  const parsed = ticketSchema.safeParse(input);
  if (!parsed.success) return { row, error: describeIssues(parsed.error) };
  return { row, ticket: parsed.data };
}

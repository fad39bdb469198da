/**
 * Opens a ticket export, works out its encoding and format (from the header
 * of a CSV or the first record of JSON, unless `format` is given) and
 * streams canonical tickets out of it, each validated by the ticket schema.
 * A record that cannot be used comes out as an error with its row number,
 * the column, the value and the reason; what did not stop a row (a value
 * cut, an unreadable optional value, a placeholder date) is collected as
 * warnings and counts.
 */
import path from 'node:path';
import { UserError } from '../cli/user-error.ts';
import { applyColumnMap, overlayTicket, readPath } from './apply-column-map.ts';
import { checkStandaloneMap, type ColumnMap } from './column-map.ts';
import { describeIssues } from './describe-issues.ts';
import { WarningLog } from './import-warnings.ts';
import { missingColumns, type CsvImporter, type CsvRowMapper, type JsonImporter, type MapContext } from './importer.ts';
import { csvImporters, jsonImporters } from './importers.ts';
import { inferDayFirst } from './local-date-formats.ts';
import { createMappedCsvImporter } from './mapped-csv.ts';
import { createMapContext } from './map-context.ts';
import { readCsvHeader, readCsvRecords } from './read-csv-records.ts';
import { readJsonRecords, type JsonRow } from './read-json-records.ts';
import { RowError } from './row-error.ts';
import { sniffFile } from './sniff-file.ts';
import type { FileEncoding } from './text-encoding.ts';
import { formatDescriptions, type TicketFormat } from './ticket-formats.ts';
import { ticketSchema, type Ticket, type TicketInput } from './ticket-schema.ts';
import { exploreMismatch } from './zendesk-explore-csv.ts';

/** A ticket read from the export, or why its record was skipped. */
export type TicketRow = { row: number; ticket: Ticket } | { row: number; error: string; column?: string; value?: string };

/** Options of {@link openTicketExport}. */
export interface ReadTicketsOptions {
  /** The export format; detected when absent. */
  format?: TicketFormat;
  /** Column map: the whole importer for `csv`, extra or overriding fields for the others. */
  map?: ColumnMap;
  /** IANA zone of timestamps without an offset. Default: the map's zone, else UTC. */
  timezone?: string;
  /** The file's character encoding (a WHATWG label); detected when absent. */
  encoding?: string;
  /** Called as the file is read, with bytes read and the file size. */
  onBytes?: (bytes: number, size: number) => void;
}

/** An export being read. */
export interface TicketExport {
  format: TicketFormat;
  size: number;
  timezone: string;
  encoding: FileEncoding;
  rows: AsyncGenerator<TicketRow>;
  /** Problems that did not stop a row, so far. */
  warnings: WarningLog;
  /** Placeholder dates (1900-01-01, 0000-00-00 …) read as "not set", per column, so far. */
  placeholders: Map<string, number>;
  /** True once a timestamp without an offset was read (so the zone mattered). */
  readLocalTimes(): boolean;
}

const MAX_SUBJECT = 1000;
const MAX_DESCRIPTION = 100_000;

/** Opens `file`; throws a UserError when it is no ticket export or not the given format. */
export async function openTicketExport(file: string, options: ReadTicketsOptions = {}): Promise<TicketExport> {
  const shown = path.relative(process.cwd(), file) || file;
  const sniffed = await sniffFile(file, options.encoding);
  const timezone = options.timezone ?? options.map?.timezone ?? 'UTC';
  const warnings = new WarningLog();
  const placeholders = new Map<string, number>();
  let sawLocal = false;
  let row = 0;
  const context = createMapContext({
    timezone,
    format: options.map?.date_format,
    dayFirst: inferDayFirst(sniffed.head),
    warnings,
    placeholders,
    row: () => row,
    onLocalTime: () => (sawLocal = true),
  });
  if (sniffed.encoding.how === 'detected') {
    warnings.add({ row: null, column: null, value: null, message: `the file is not UTF-8: read as ${sniffed.encoding.encoding}${sniffed.encoding.confidence ? ` (detected, ${sniffed.encoding.confidence}% confidence)` : ' (detected)'}; pass --encoding if that is wrong` });
  }
  const onBytes = options.onBytes ? (bytes: number) => options.onBytes?.(bytes, sniffed.size) : undefined;
  const opened = (format: TicketFormat, rows: AsyncGenerator<TicketRow>): TicketExport => ({
    format,
    size: sniffed.size,
    timezone,
    encoding: sniffed.encoding,
    rows,
    warnings,
    placeholders,
    readLocalTimes: () => sawLocal,
  });
  const setRow = (n: number) => (row = n);

  if (sniffed.kind === 'csv') {
    if (options.format && !options.format.endsWith('csv')) {
      throw new UserError(`${shown} is a CSV file, not ${options.format}: pass --format zendesk-csv, zendesk-explore-csv, freshdesk-csv or csv, or leave --format out to detect it.`, 2);
    }
    const header = readCsvHeader(sniffed.head, options.map?.delimiter);
    const importer = pickCsvImporter(shown, header, options);
    let map = importer.bind(header);
    if (options.map && importer.format !== 'csv') map = overlayCsv(shown, header, map, options.map);
    const records = readCsvRecords(file, { onBytes, delimiter: options.map?.delimiter, encoding: sniffed.encoding, onWarning: (w) => warnings.add(w) });
    return opened(importer.format, csvTickets(records, map, context, setRow, warnings));
  }

  if (options.format && options.format.endsWith('csv')) {
    throw new UserError(`${shown} is JSON, not ${options.format}: pass a JSON format (zendesk-json, freshdesk-json, helpscout-json, intercom-json) or leave --format out.`, 2);
  }
  const records = readJsonRecords(file, sniffed.kind === 'ndjson' ? 'ndjson' : 'json', sniffed.head, { onBytes, encoding: sniffed.encoding });
  const first = await records.next();
  if (first.done) {
    throw new UserError(
      `${shown} holds no tickets: expected an array of tickets, a "tickets" or "conversations" list, or one ticket per line.`,
    );
  }
  const importer = pickJsonImporter(shown, first.value, options.format);
  const map = options.map;
  const mapJson = (value: unknown, ctx: MapContext): TicketInput => {
    const base = importer.map(value, ctx);
    return map ? overlayTicket(base, applyColumnMap(map, (path) => readPath(value, path), ctx, false)) : base;
  };
  return opened(importer.format, jsonTickets(first.value, records, mapJson, context, setRow, warnings));
}

/** The vendor's mapper with the map's columns on top; the columns must exist. */
function overlayCsv(shown: string, header: readonly string[], base: CsvRowMapper, map: ColumnMap): CsvRowMapper {
  const columns = Object.values(map.columns).filter((c): c is string => typeof c === 'string');
  const missing = missingColumns(header, columns);
  if (missing.length > 0) {
    throw new UserError(`${shown} has no column ${missing.map((c) => `"${c}"`).join(', ')} named in the column map. Its columns: ${preview(header)}. Fix the map's "columns".`, 2);
  }
  return (record, context) => overlayTicket(base(record, context), applyColumnMap(map, (column) => record.get(column), context, false));
}

function preview(header: readonly string[]): string {
  return header.slice(0, 8).join(', ') + (header.length > 8 ? ', …' : '');
}

function pickCsvImporter(shown: string, header: string[], options: ReadTicketsOptions): CsvImporter {
  if (options.format === 'csv' || (!options.format && options.map && !csvImporters.some((i) => i.matches(header)))) {
    if (!options.map) throw new UserError(`--format csv needs --map FILE: a column map naming the CSV column for each ticket field.`, 2);
    checkStandaloneMap(options.map);
    const importer = createMappedCsvImporter(options.map);
    if (!importer.matches(header)) {
      const missing = missingColumns(header, importer.requiredColumns);
      throw new UserError(`${shown} has no column ${missing.map((c) => `"${c}"`).join(', ')} named in the column map. Its columns: ${preview(header)}. Fix the map's "columns".`, 2);
    }
    return importer;
  }
  if (options.format) {
    const importer = csvImporters.find((i) => i.format === options.format)!;
    if (!importer.matches(header)) {
      const why = importer.format === 'zendesk-explore-csv' ? exploreMismatch(header) : `it has no ${missingColumns(header, importer.requiredColumns).map((c) => `"${c}"`).join(', ')} column`;
      throw new UserError(
        `${shown} is not a ${options.format} export: ${why}. Its columns: ${preview(header)}. Leave --format out to detect the format, or use --format csv --map FILE.`,
        2,
      );
    }
    return importer;
  }
  const importer = csvImporters.find((i) => i.matches(header));
  if (!importer) {
    throw new UserError(
      `${shown} is not a ticket export we recognise: its header (${preview(header) || 'empty'}) matches no known format.\n` +
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
  records: ReturnType<typeof readCsvRecords>,
  map: CsvRowMapper,
  context: MapContext,
  setRow: (row: number) => void,
  warnings: WarningLog,
): AsyncGenerator<TicketRow> {
  for await (const item of records) {
    if ('error' in item) {
      yield item;
      continue;
    }
    setRow(item.row);
    yield toTicketRow(item.row, () => map(item.record, context), warnings);
  }
}

async function* jsonTickets(
  first: JsonRow,
  rest: AsyncGenerator<JsonRow>,
  map: (value: unknown, context: MapContext) => TicketInput,
  context: MapContext,
  setRow: (row: number) => void,
  warnings: WarningLog,
): AsyncGenerator<TicketRow> {
  const convert = (item: JsonRow): TicketRow => {
    if ('error' in item) return item;
    setRow(item.row);
    return toTicketRow(item.row, () => map(item.value, context), warnings);
  };
  yield convert(first);
  for await (const item of rest) yield convert(item);
}

/** Text fields checked for characters a wrong decoding left behind. */
const textFields = ['subject', 'description', 'category', 'organization', 'plan', 'requester_email'] as const;

/**
 * Maps one record into a ticket row: the ticket (clipped where too long,
 * validated) or why the record was skipped. `kb tickets pull` maps vendor
 * API records with it too.
 */
export function toTicketRow(row: number, map: () => TicketInput, warnings: WarningLog): TicketRow {
  let input: TicketInput;
  try {
    input = map();
  } catch (error) {
    if (error instanceof RowError) return { row, error: error.message, column: error.column, value: error.value };
    throw error;
  }
  // Long email threads are clipped, not refused: the ticket still counts, and the report says so.
  if (input.subject && input.subject.length > MAX_SUBJECT) {
    warnings.add({ row, column: 'subject', value: null, message: `${input.subject.length.toLocaleString('en-US')} characters, cut to the first ${MAX_SUBJECT.toLocaleString('en-US')}` });
    input.subject = input.subject.slice(0, MAX_SUBJECT);
  }
  if (input.description && input.description.length > MAX_DESCRIPTION) {
    warnings.add({ row, column: 'description', value: null, message: `${input.description.length.toLocaleString('en-US')} characters, cut to the first ${MAX_DESCRIPTION.toLocaleString('en-US')}` });
    input.description = input.description.slice(0, MAX_DESCRIPTION);
  }
  for (const name of textFields) {
    const value = input[name];
    if (typeof value === 'string' && value.includes('\uFFFD')) {
      warnings.add({ row, column: name, value, message: 'holds the replacement character � where the export lost a character (a file saved in the wrong encoding): re-export it as UTF-8' });
    }
  }
  if (input.tags?.some((tag) => tag.includes('\uFFFD'))) {
    warnings.add({ row, column: 'tags', value: input.tags.join(' '), message: 'holds the replacement character � where the export lost a character: re-export it as UTF-8' });
  }
  const parsed = ticketSchema.safeParse(input);
  if (!parsed.success) return { row, error: describeIssues(parsed.error) };
  return { row, ticket: parsed.data };
}

/**
 * What every helpdesk importer provides: how to recognise its export and
 * how to map one vendor record onto the canonical ticket input. Mapping
 * throws a RowError naming the field when a record cannot be used; a value
 * of an optional field that cannot be read goes through `soft` instead, so
 * the ticket still counts and the value is reported and stored as unknown.
 */
import type { CsvRecord } from './read-csv-records.ts';
import type { TimestampParser } from './parse-timestamp.ts';
import type { TicketInput } from './ticket-schema.ts';
import type { TicketFormat } from './ticket-formats.ts';

/** What a mapper gets besides the record. */
export interface MapContext {
  /** Reads a timestamp in the import's time zone. */
  time: TimestampParser;
  /**
   * Reads an optional field: a RowError thrown by `read` becomes a warning
   * for this row and `fallback` is stored instead.
   */
  soft<T>(read: () => T, fallback: T): T;
}

/** Maps one CSV record of a file whose header is known. */
export type CsvRowMapper = (record: CsvRecord, context: MapContext) => TicketInput;

/** An importer for a CSV export, recognised by its header. */
export interface CsvImporter {
  format: TicketFormat;
  kind: 'csv';
  /** Columns the export always has; used to recognise it and to explain a mismatch. */
  requiredColumns: readonly string[];
  /** True when a header comes from this vendor. */
  matches(header: readonly string[]): boolean;
  /** The mapper for one file, with its columns found once from the header. */
  bind(header: readonly string[]): CsvRowMapper;
}

/** An importer for a JSON export, recognised by its first record. */
export interface JsonImporter {
  format: TicketFormat;
  kind: 'json';
  /** Keys a record always has, to explain a mismatch. */
  signature: string;
  matches(record: unknown): boolean;
  map(record: unknown, context: MapContext): TicketInput;
}

/** The names the header lacks (case-insensitive), in the order given. */
export function missingColumns(header: readonly string[], names: readonly string[]): string[] {
  const lower = new Set(header.map((h) => h.toLowerCase()));
  return names.filter((name) => !lower.has(name.toLowerCase()));
}

/** True when every name is in the header (case-insensitive). */
export function hasColumns(header: readonly string[], names: readonly string[]): boolean {
  return missingColumns(header, names).length === 0;
}

/** A plain object, or undefined. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

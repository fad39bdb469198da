/**
 * Streams a CSV file record by record with csv-parse, so memory stays flat
 * whatever the file size. The first record is the header; each later record
 * comes with its spreadsheet row number (the header is row 1) and its values
 * by column name or position. A header that names a column twice is
 * reported, and each row reads the first of them that holds a value.
 */
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import type { ImportWarning } from './import-warnings.ts';
import { RowError } from './row-error.ts';
import { openText, type FileEncoding } from './text-encoding.ts';

/** One data row: look values up by column name (exact, then case-insensitive) or position. */
export interface CsvRecord {
  get(column: string): string;
  /** The value at a header position (trimmed; '' for a column the row lacks). */
  at(index: number): string;
  has(column: string): boolean;
  /** Column names matching a pattern, in header order (for custom fields such as "Plan [list]"). */
  find(pattern: RegExp): string | undefined;
}

/** A row read from the file, or why it could not be read. */
export type CsvRow = { row: number; record: CsvRecord } | { row: number; error: string };

/** Reads just the header of a CSV text (the sniffed start of a file). */
export function readCsvHeader(head: string, delimiter = ','): string[] {
  try {
    const [first] = parseSync(head, { bom: true, relax_column_count: true, relax_quotes: true, to_line: 1, delimiter }) as string[][];
    return (first ?? []).map((name) => name.trim());
  } catch {
    return [];
  }
}

/** Columns the header names more than once (case-insensitive), each with its 1-based positions. */
export function duplicateColumns(header: readonly string[]): Array<{ name: string; positions: number[] }> {
  const positions = new Map<string, number[]>();
  header.forEach((name, i) => {
    const key = name.toLowerCase();
    if (key === '') return;
    const list = positions.get(key);
    if (list) list.push(i + 1);
    else positions.set(key, [i + 1]);
  });
  return [...positions.values()].filter((list) => list.length > 1).map((list) => ({ name: header[list[0]! - 1]!, positions: list }));
}

/** Where each column is; shared by every row of a file. */
class Columns {
  readonly names: readonly string[];
  private readonly index: Map<string, number>;
  private readonly lowerIndex: Map<string, number>;
  /** For a column named more than once: every position after the first, by first position. */
  readonly copies: Map<number, number[]>;
  // The header never changes: each pattern is looked up once per file.
  private readonly found = new Map<RegExp, string | undefined>();

  constructor(names: readonly string[]) {
    this.names = names;
    this.index = new Map(names.map((name, i) => [name, i] as const).reverse());
    this.lowerIndex = new Map(names.map((name, i) => [name.toLowerCase(), i] as const).reverse());
    this.copies = new Map(duplicateColumns(names).map(({ positions }) => [positions[0]! - 1, positions.slice(1).map((p) => p - 1)] as const));
  }

  at(column: string): number | undefined {
    return this.index.get(column) ?? this.lowerIndex.get(column.toLowerCase());
  }

  find(pattern: RegExp): string | undefined {
    if (!this.found.has(pattern)) this.found.set(pattern, this.names.find((name) => pattern.test(name)));
    return this.found.get(pattern);
  }
}

/** One data row; a class, not closures, because a large export has millions of them. */
class RowValues implements CsvRecord {
  private readonly values: readonly string[];
  private readonly columns: Columns;

  constructor(values: readonly string[], columns: Columns) {
    this.values = values;
    this.columns = columns;
  }

  get(column: string): string {
    const i = this.columns.at(column);
    return i === undefined ? '' : this.at(i);
  }

  at(index: number): string {
    if (index < 0) return '';
    const value = (this.values[index] ?? '').trim();
    if (value !== '' || this.columns.copies.size === 0) return value;
    for (const copy of this.columns.copies.get(index) ?? []) {
      const other = (this.values[copy] ?? '').trim();
      if (other !== '') return other;
    }
    return value;
  }

  has(column: string): boolean {
    return this.columns.at(column) !== undefined;
  }

  find(pattern: RegExp): string | undefined {
    return this.columns.find(pattern);
  }
}

/** Options of {@link readCsvRecords}. */
export interface ReadCsvOptions {
  /** Called with the bytes read so far. */
  onBytes?: (bytes: number) => void;
  /** Field delimiter; default ",". */
  delimiter?: string;
  /** The file's encoding; default UTF-8. */
  encoding?: FileEncoding;
  /** Problems that do not stop a row (a column named twice). */
  onWarning?: (warning: ImportWarning) => void;
}

/** Streams the data rows of `file`; the header is read from its first record. */
export async function* readCsvRecords(file: string, options: ReadCsvOptions = {}): AsyncGenerator<CsvRow> {
  const input = openText(file, options.encoding ?? { encoding: 'utf-8', how: 'utf-8' }, options.onBytes);
  const parser = input.pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, delimiter: options.delimiter ?? ',' }),
  );
  let header: string[] | undefined;
  let columns: Columns | undefined;
  let row = 1;
  try {
    for await (const values of parser as AsyncIterable<string[]>) {
      if (!header || !columns) {
        header = values.map((v) => v.trim());
        columns = new Columns(header);
        for (const { name, positions } of duplicateColumns(header)) {
          options.onWarning?.({
            row: 1,
            column: name,
            value: null,
            message: `the header names this column ${positions.length} times (columns ${positions.join(', ')}): each row reads the first of them that holds a value`,
          });
        }
        continue;
      }
      row++;
      if (values.length !== header.length) {
        yield { row, error: `has ${values.length} columns, the header has ${header.length}: check for a stray comma or an unquoted line break` };
        continue;
      }
      yield { row, record: new RowValues(values, columns) };
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // csv-parse stops at a broken quote: nothing after it can be trusted.
    throw new RowError(`the CSV does not parse after row ${row}: ${message}`);
  } finally {
    input.destroy();
  }
}

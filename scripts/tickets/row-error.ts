/**
 * A problem with one record of an export. The importer reports it with the
 * record's row number, the column and the value, and skips the record (or
 * stops, with `--strict`).
 */

/** Where in a record a problem is. */
export interface RowPlace {
  /** The vendor's column (or JSON key) that holds the bad value. */
  column?: string;
  /** The value as exported. */
  value?: string;
}

export class RowError extends Error {
  readonly column: string | undefined;
  readonly value: string | undefined;

  constructor(reason: string, place: RowPlace = {}) {
    super(reason);
    this.name = 'RowError';
    this.column = place.column;
    this.value = place.value;
  }
}

/** "row 5 has 3 columns…" or "row 5: Created at …", whichever reads. */
export function describeRow(row: number, reason: string): string {
  return /^(has|is|does)\b/.test(reason) ? `row ${row} ${reason}` : `row ${row}: ${reason}`;
}

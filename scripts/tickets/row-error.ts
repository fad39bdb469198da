/**
 * A problem with one record of an export. The importer reports it with the
 * record's row number and skips the record (or stops, with `--strict`).
 */
export class RowError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'RowError';
  }
}

/** "row 5 has 3 columns…" or "row 5: Created at …", whichever reads. */
export function describeRow(row: number, reason: string): string {
  return /^(has|is|does)\b/.test(reason) ? `row ${row} ${reason}` : `row ${row}: ${reason}`;
}

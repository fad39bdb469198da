/**
 * What an import reports without skipping a row: a value that was cut,
 * unreadable in an optional field (stored as unknown), damaged text, a
 * duplicated column, the encoding it guessed. Each names the row and the
 * column, so the user can find it in the export.
 */

/** One warning; `row` 1 is the header, null for the file as a whole. */
export interface ImportWarning {
  row: number | null;
  column: string | null;
  value: string | null;
  message: string;
}

/** Warnings kept for the report; the count goes on beyond it. */
export const MAX_REPORTED_WARNINGS = 1000;

/** Collects warnings, keeping the first {@link MAX_REPORTED_WARNINGS}. */
export class WarningLog {
  readonly list: ImportWarning[] = [];
  count = 0;

  add(warning: ImportWarning): void {
    this.count++;
    if (this.list.length < MAX_REPORTED_WARNINGS) this.list.push({ ...warning, value: warning.value === null ? null : shorten(warning.value) });
  }
}

/** A value as shown in a warning: long ones are cut, so a 10 MB field does not fill the report. */
export function shorten(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/** "row 12, Description: …" or "Description: …" or the message alone. */
export function describeWarning(warning: ImportWarning): string {
  const where = [warning.row === null ? null : `row ${warning.row}`, warning.column].filter(Boolean).join(', ');
  return where ? `${where}: ${warning.message}` : warning.message;
}

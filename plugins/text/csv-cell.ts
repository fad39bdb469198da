/**
 * CSV cells that a spreadsheet would run as a formula: a cell starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`, the
 * convention spreadsheets show as text (OWASP's CSV-injection advice).
 * Numbers ("-12", "+3.5") are left as they are.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The value to write into a CSV cell. */
export function csvCell(value: string): string {
  return FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}

/**
 * Date and time texts that are not ISO 8601 but common in helpdesk and
 * spreadsheet exports: "05 Jan 23 14:03", "Jan 5, 2023 2:03 PM",
 * "05/01/2023 14:03", "05.01.2023 14:03", "2023/01/05 14:03". Read by
 * pattern and arithmetic, not a date library: they run for every timestamp
 * of every row. Numeric dates are ambiguous (05/01 is 5 January or May 1st);
 * the order is inferred from the file (`inferDayFirst`), and a value that
 * stays ambiguous is refused rather than guessed.
 */

/** Wall-clock parts of a local time. */
export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const MONTHS = new Map<string, number>(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m, i) => [m, i + 1] as const),
);
const TIME = String.raw`(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*([AaPp]\.?[Mm]\.?)?)?`;
const DAY_MONTH_NAME = new RegExp(String.raw`^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -]+(\d{4}|\d{2})${TIME}$`);
const MONTH_NAME_DAY = new RegExp(String.raw`^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4}|\d{2})${TIME}$`);
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([./-])(\d{1,2})[./-](\d{4}|\d{2})${TIME}$`);
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[/.](\d{1,2})[/.](\d{1,2})${TIME}$`);

/** Why a text could not be read, or its parts. */
export type LocalRead = { parts: LocalParts } | { ambiguous: true } | null;

function monthOf(name: string): number | undefined {
  const lower = name.toLowerCase();
  return MONTHS.get(lower.slice(0, 3)) ?? (lower === 'sept' ? 9 : undefined);
}

function yearOf(text: string): number {
  if (text.length === 4) return Number(text);
  const two = Number(text);
  return two >= 70 ? 1900 + two : 2000 + two;
}

function withTime(year: number, month: number | undefined, day: number, h?: string, mi?: string, s?: string, ampm?: string): LocalRead {
  if (month === undefined) return null;
  let hour = Number(h ?? 0);
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    const pm = /^[Pp]/.test(ampm);
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  return { parts: { year, month, day, hour, minute: Number(mi ?? 0), second: Number(s ?? 0) } };
}

/**
 * Reads one of the non-ISO forms; `dayFirst` says how to read numeric
 * dates (undefined: only when the value itself tells). Null when the text
 * has none of these forms; `{ ambiguous }` when its order cannot be told.
 */
export function readLocalDate(text: string, dayFirst: boolean | undefined): LocalRead {
  let m = DAY_MONTH_NAME.exec(text);
  if (m) return withTime(yearOf(m[3]!), monthOf(m[2]!), Number(m[1]), m[4], m[5], m[6], m[7]);
  m = MONTH_NAME_DAY.exec(text);
  if (m) return withTime(yearOf(m[3]!), monthOf(m[1]!), Number(m[2]), m[4], m[5], m[6], m[7]);
  m = YEAR_FIRST.exec(text);
  if (m) return withTime(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5], m[6], m[7]);
  m = NUMERIC.exec(text);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  // Dotted dates are day first wherever they are written.
  let first = m[2] === '.' ? true : dayFirst;
  if (a > 12 && b <= 12) first = true;
  else if (b > 12 && a <= 12) first = false;
  else if (first === undefined && a !== b) return { ambiguous: true };
  const dayFirstHere = first ?? true;
  return withTime(yearOf(m[4]!), dayFirstHere ? b : a, dayFirstHere ? a : b, m[5], m[6], m[7], m[8]);
}

const NUMERIC_IN_TEXT = /(?:^|[^\d./-])(\d{1,2})([/-])(\d{1,2})[/-](?:\d{4}|\d{2})(?=$|[^\d./-])/g;

/**
 * Whether the numeric dates of a sample (the start of the file) are day
 * first: true when one reads 13-31 in the first place, false when one does
 * in the second, undefined when none tells (or they disagree).
 */
export function inferDayFirst(sample: string): boolean | undefined {
  let dayFirst = false;
  let monthFirst = false;
  for (const m of sample.matchAll(NUMERIC_IN_TEXT)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 && b <= 12) dayFirst = true;
    if (b > 12 && a <= 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? undefined : dayFirst;
}

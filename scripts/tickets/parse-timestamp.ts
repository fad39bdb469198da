/**
 * Turns the timestamps helpdesks export into ISO 8601 with an offset.
 * Exports without an offset (Zendesk and Freshdesk CSV write the account's
 * local time) are read in the given IANA time zone and keep their local
 * wall time, so "09:15 in Berlin" stays 09:15+01:00 and hour-of-day reports
 * stay local.
 *
 * Placeholders mean "not set": empty cells, "-", "N/A", dates before 1971
 * (Zendesk writes `1900-01-01 00:00:00` for an unsolved ticket's solve time;
 * spreadsheets and databases write their epoch) and dates that cannot exist
 * (`0000-00-00`, 30 February). They never reach the time zone, whose offset
 * in 1900 was a fraction of a minute in most zones.
 */
import { DateTime, IANAZone } from 'luxon';
import { isRealDate } from '../../plugins/article/article-schema.ts';
import { readLocalDate } from './local-date-formats.ts';
import { RowError } from './row-error.ts';

/** True for an IANA zone name luxon knows ("Europe/Berlin", "UTC"). */
export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?$/;
const EMPTY = /^(-+|—|n\/?a|null|none|nil|not set|0)$/i;
/** Helpdesks did not exist before this year: earlier dates are epochs and placeholders. */
const FIRST_REAL_YEAR = 1971;

/** Why a value was read as "not set". */
export type NotSetReason = 'placeholder' | 'impossible';

/**
 * Reads one timestamp; null for an empty value or a placeholder. With
 * `required`, a placeholder or impossible date is an error instead (the
 * creation time, which places every report).
 */
export type TimestampParser = (value: unknown, field: string, required?: boolean) => string | null;

/** Options of {@link createTimestampParser}. */
export interface TimestampOptions {
  /** IANA zone of timestamps without an offset. */
  zone: string;
  /** A luxon format for a CSV whose dates follow none of the known forms, like "MM/dd/yyyy HH:mm". */
  format?: string;
  /** How to read numeric dates such as 05/01/2023 (see `inferDayFirst`); undefined refuses the ambiguous ones. */
  dayFirst?: boolean;
  /** Called the first time a timestamp without an offset is read. */
  onLocalTime?: () => void;
  /** Called for each optional value read as not set, with the reason. */
  onNotSet?: (field: string, text: string, reason: NotSetReason) => void;
}

function isRealClock(hour: number, minute: number, second: number): boolean {
  return hour <= 23 && minute <= 59 && second <= 59;
}

/** Creates a parser for one import; offsets are cached per local hour, which is where they change. */
export function createTimestampParser(options: TimestampOptions): TimestampParser {
  const offsets = new Map<string, number>();
  let sawLocal = false;
  const offsetOf = (year: number, month: number, day: number, hour: number, minute: number): number => {
    const key = `${year}-${month}-${day}-${hour}`;
    let offset = offsets.get(key);
    if (offset === undefined) {
      offset = DateTime.fromObject({ year, month, day, hour, minute }, { zone: options.zone }).offset;
      if (offsets.size > 50_000) offsets.clear();
      offsets.set(key, offset);
    }
    return offset;
  };
  const local = () => {
    if (!sawLocal) {
      sawLocal = true;
      options.onLocalTime?.();
    }
  };
  const notSet = (field: string, text: string, reason: NotSetReason, required: boolean | undefined): null => {
    if (required) {
      throw new RowError(
        reason === 'placeholder'
          ? `${field} "${text}" is a placeholder date, not a creation time`
          : `${field} "${text}" is not a real date and time`,
        { column: field, value: text },
      );
    }
    options.onNotSet?.(field, text, reason);
    return null;
  };
  /** A wall time in the zone, as ISO with the zone's offset (UTC when the offset has seconds, as in 1900). */
  const fromParts = (y: number, mo: number, d: number, h: number, mi: number, s: number, frac: string | undefined, field: string, text: string, required?: boolean): string | null => {
    if (y < FIRST_REAL_YEAR) return notSet(field, text, 'placeholder', required);
    if (!isRealDate(y, mo, d) || !isRealClock(h, mi, s)) return notSet(field, text, 'impossible', required);
    local();
    const offset = offsetOf(y, mo, d, h, mi);
    const wall = `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${frac ? `.${frac}` : ''}`;
    if (Number.isInteger(offset)) return `${wall}${formatOffset(offset)}`;
    return new Date(Date.parse(`${wall}Z`) - Math.round(offset * 60_000)).toISOString().replace('.000Z', 'Z');
  };

  return (value, field, required) => {
    if (value === null || value === undefined) return null;
    if (typeof value === 'number') return fromEpoch(value, field, required, notSet);
    if (typeof value !== 'string') throw new RowError(`${field} is ${JSON.stringify(value)}, not a date and time`, { column: field, value: JSON.stringify(value) });
    const text = value.trim();
    if (text === '') return null;
    // Only texts that start with a letter, a dash or a lone 0 can be placeholders: one test per value, not a regex.
    const first = text.charCodeAt(0);
    if ((first < 48 || first > 57 || text === '0') && EMPTY.test(text)) return null;
    const wallClock = LOCAL.exec(text);
    const iso = wallClock ?? (WITH_OFFSET.test(text) ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(text) : null);
    if (iso) {
      const [, y, mo, d, h = '00', mi = '00', s = '00', frac] = iso;
      const year = Number(y);
      if (year < FIRST_REAL_YEAR) return notSet(field, text, 'placeholder', required);
      if (!isRealDate(year, Number(mo), Number(d)) || !isRealClock(Number(h), Number(mi), Number(s))) return notSet(field, text, 'impossible', required);
      if (!wallClock) return text;
      return fromParts(year, Number(mo), Number(d), Number(h), Number(mi), Number(s), frac, field, text, required);
    }
    if (/^\d{9,13}$/.test(text)) return fromEpoch(Number(text), field, required, notSet);
    if (options.format) {
      const parsed = DateTime.fromFormat(text, options.format, { zone: options.zone, setZone: true });
      if (!parsed.isValid) throw new RowError(`${field} "${text}" does not match the date format "${options.format}"`, { column: field, value: text });
      if (parsed.year < FIRST_REAL_YEAR) return notSet(field, text, 'placeholder', required);
      local();
      return parsed.toISO({ suppressMilliseconds: true, includeOffset: true });
    }
    const read = readLocalDate(text, options.dayFirst);
    if (read && 'parts' in read) {
      const p = read.parts;
      return fromParts(p.year, p.month, p.day, p.hour, p.minute, p.second, undefined, field, text, required);
    }
    if (read) {
      throw new RowError(
        `${field} "${text}" could be day-month or month-day and no date in the file tells which: give date_format in a column map (--map), like dd/MM/yyyy HH:mm`,
        { column: field, value: text },
      );
    }
    // Other ISO forms (offsets without a colon, week dates): luxon knows them.
    const other = DateTime.fromISO(text, { zone: options.zone, setZone: true });
    if (other.isValid) {
      if (other.year < FIRST_REAL_YEAR) return notSet(field, text, 'placeholder', required);
      if (!/(Z|[+-]\d{2}:?\d{2})$/.test(text)) local();
      return other.toISO({ suppressMilliseconds: true, includeOffset: true });
    }
    throw new RowError(`${field} "${text}" is not a date and time: expected ISO 8601 like 2026-03-04 09:15 or 2026-03-04T09:15:00Z`, { column: field, value: text });
  };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function fromEpoch(value: number, field: string, required: boolean | undefined, notSet: (field: string, text: string, reason: NotSetReason, required: boolean | undefined) => null): string | null {
  if (!Number.isFinite(value) || value < 0) throw new RowError(`${field} ${value} is not a time`, { column: field, value: String(value) });
  // Seconds until the year 2286; anything larger is milliseconds.
  const ms = value < 1e10 ? value * 1000 : value;
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) throw new RowError(`${field} ${value} is not a time`, { column: field, value: String(value) });
  if (date.getUTCFullYear() < FIRST_REAL_YEAR) return notSet(field, String(value), 'placeholder', required);
  return date.toISOString().replace('.000Z', 'Z');
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** `start` plus `minutes`, written with the same offset as `start` (called for every row, so no date library). */
export function addMinutes(start: string, minutes: number): string {
  const ms = Date.parse(start) + Math.round(minutes * 60) * 1000;
  const zone = /(Z|[+-]\d{2}:\d{2})$/.exec(start)?.[1] ?? 'Z';
  const offset = zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const iso = new Date(ms + offset * 60_000).toISOString();
  return `${ms % 1000 === 0 ? iso.slice(0, 19) : iso.slice(0, 23)}${zone}`;
}

/** Whole minutes and hundredths from `start` to `end`; never negative, since a reply cannot come before the ticket. */
export function minutesBetween(start: string, end: string): number {
  return Math.max(0, Math.round((Date.parse(end) - Date.parse(start)) / 600) / 100);
}

/**
 * Turns the timestamps helpdesks export into ISO 8601 with an offset.
 * Exports without an offset (Zendesk and Freshdesk CSV write the account's
 * local time) are read in the given IANA time zone and keep their local
 * wall time, so "09:15 in Berlin" stays 09:15+01:00 and hour-of-day reports
 * stay local.
 */
import { DateTime, IANAZone } from 'luxon';
import { RowError } from './row-error.ts';

/** True for an IANA zone name luxon knows ("Europe/Berlin", "UTC"). */
export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?$/;

/** Reads one timestamp; null for an empty value. */
export type TimestampParser = (value: unknown, field: string) => string | null;

/** Options of {@link createTimestampParser}. */
export interface TimestampOptions {
  /** IANA zone of timestamps without an offset. */
  zone: string;
  /** A luxon format for a CSV whose dates follow none of the ISO forms, like "MM/dd/yyyy HH:mm". */
  format?: string;
  /** Called the first time a timestamp without an offset is read. */
  onLocalTime?: () => void;
}

/** Creates a parser for one import; offsets are cached per local hour, which is where they change. */
export function createTimestampParser(options: TimestampOptions): TimestampParser {
  const offsets = new Map<string, string>();
  let sawLocal = false;
  const offsetOf = (year: number, month: number, day: number, hour: number, minute: number): string => {
    const key = `${year}-${month}-${day}-${hour}`;
    let offset = offsets.get(key);
    if (offset === undefined) {
      const minutes = DateTime.fromObject({ year, month, day, hour, minute }, { zone: options.zone }).offset;
      offset = formatOffset(minutes);
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

  return (value, field) => {
    if (value === null || value === undefined) return null;
    if (typeof value === 'number') return fromEpoch(value, field);
    if (typeof value !== 'string') throw new RowError(`${field} is ${JSON.stringify(value)}, not a date and time`);
    const text = value.trim();
    if (text === '' || text === '-') return null;
    if (/^\d{9,13}$/.test(text)) return fromEpoch(Number(text), field);
    if (WITH_OFFSET.test(text)) {
      if (!isRealTime(text)) throw new RowError(`${field} "${text}" is not a real date and time`);
      return text;
    }
    if (options.format) {
      const parsed = DateTime.fromFormat(text, options.format, { zone: options.zone, setZone: true });
      if (!parsed.isValid) throw new RowError(`${field} "${text}" does not match the date format "${options.format}"`);
      local();
      return parsed.toISO({ suppressMilliseconds: true, includeOffset: true });
    }
    const m = LOCAL.exec(text);
    if (m) {
      const [, y, mo, d, h = '00', mi = '00', s = '00', frac] = m;
      const year = Number(y);
      const month = Number(mo);
      const day = Number(d);
      if (!isRealTime(text)) throw new RowError(`${field} "${text}" is not a real date and time`);
      local();
      return `${y}-${mo}-${d}T${h}:${mi}:${s}${frac ? `.${frac}` : ''}${offsetOf(year, month, day, Number(h), Number(mi))}`;
    }
    // Other ISO forms (offsets without a colon, week dates): luxon knows them.
    const iso = DateTime.fromISO(text, { zone: options.zone, setZone: true });
    if (iso.isValid) {
      if (!/(Z|[+-]\d{2}:?\d{2})$/.test(text)) local();
      return iso.toISO({ suppressMilliseconds: true, includeOffset: true });
    }
    throw new RowError(`${field} "${text}" is not a date and time: expected ISO 8601 like 2026-03-04 09:15 or 2026-03-04T09:15:00Z`);
  };
}

const REAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Date.parse rolls 2026-02-30 over to March; a real timestamp names a day
 * and time that exist. Checked by arithmetic: it runs for every timestamp
 * of every row.
 */
function isRealTime(text: string): boolean {
  const m = REAL.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0);
  if (day > MONTH_DAYS[month - 1]! + (leap ? 1 : 0)) return false;
  return Number(m[4] ?? 0) <= 23 && Number(m[5] ?? 0) <= 59 && Number(m[6] ?? 0) <= 59;
}

function fromEpoch(value: number, field: string): string {
  if (!Number.isFinite(value) || value < 0) throw new RowError(`${field} ${value} is not a time`);
  // Seconds until the year 2286; anything larger is milliseconds.
  const ms = value < 1e10 ? value * 1000 : value;
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) throw new RowError(`${field} ${value} is not a time`);
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

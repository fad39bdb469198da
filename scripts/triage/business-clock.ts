/**
 * Business-hours arithmetic in the support team's time zone: how many
 * business minutes lie between two instants, and when a number of business
 * minutes after an instant ends. Days are local calendar days, so a DST
 * change moves the opening hour with the wall clock, as people expect.
 * Opening windows are computed once per local day and cached.
 */
import { DateTime, IANAZone } from 'luxon';
import type { SupportSettings } from '../../plugins/config/support-config.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Zone offsets are cached per quarter hour: every time zone changes its offset on a quarter hour. */
const QUARTER = 15 * MINUTE;
const weekdayNames = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** Longest span walked day by day; beyond it the answer would not be useful anyway. */
const MAX_DAYS = 3660;

/** Business-hours arithmetic for one configuration. */
export interface BusinessClock {
  /** Business minutes between two instants (ms since the epoch); 0 when `to` is not after `from`. */
  minutesBetween(from: number, to: number): number;
  /** The instant `minutes` business minutes after `from`. */
  addMinutes(from: number, minutes: number): number;
}

/** Creates the clock for the configured time zone, days, hours and holidays. */
export function createBusinessClock(support: Pick<SupportSettings, 'time_zone' | 'business_hours'>): BusinessClock {
  const zone = support.time_zone;
  const hours = support.business_hours;
  const days = new Set<string>(hours.days);
  const holidays = new Set(hours.holidays);
  const [startHour, startMinute] = hours.start.split(':').map(Number) as [number, number];
  const [endHour, endMinute] = hours.end.split(':').map(Number) as [number, number];
  const windows = new Map<number, [number, number] | null>();

  /** The open window of local day `n` (days since 1970-01-01 in local dates), or null when closed. */
  function windowOf(n: number): [number, number] | null {
    let w = windows.get(n);
    if (w !== undefined) return w;
    const civil = new Date(n * DAY);
    const year = civil.getUTCFullYear();
    const month = civil.getUTCMonth() + 1;
    const day = civil.getUTCDate();
    const iso = civil.toISOString().slice(0, 10);
    const weekday = weekdayNames[(civil.getUTCDay() + 6) % 7]!;
    if (!days.has(weekday) || holidays.has(iso)) {
      w = null;
    } else {
      const open = DateTime.fromObject({ year, month, day, hour: startHour, minute: startMinute }, { zone }).toMillis();
      const close = DateTime.fromObject({ year, month, day, hour: endHour, minute: endMinute }, { zone }).toMillis();
      w = [open, close];
    }
    if (windows.size > 100_000) windows.clear();
    windows.set(n, w);
    return w;
  }

  const iana = IANAZone.create(zone);
  const offsets = new Map<number, number>();

  /** The local day number an instant falls on. */
  function localDay(ms: number): number {
    const bucket = Math.floor(ms / QUARTER);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      offset = iana.offset(bucket * QUARTER);
      if (offsets.size > 200_000) offsets.clear();
      offsets.set(bucket, offset);
    }
    return Math.floor((ms + offset * MINUTE) / DAY);
  }

  return {
    minutesBetween(from, to) {
      if (!(to > from)) return 0;
      let total = 0;
      const last = localDay(to);
      let n = localDay(from);
      for (let steps = 0; n <= last && steps <= MAX_DAYS; n++, steps++) {
        const w = windowOf(n);
        if (w === null) continue;
        const overlap = Math.min(to, w[1]) - Math.max(from, w[0]);
        if (overlap > 0) total += overlap;
      }
      return total / MINUTE;
    },
    addMinutes(from, minutes) {
      let remaining = minutes * MINUTE;
      let n = localDay(from);
      for (let steps = 0; steps <= MAX_DAYS; n++, steps++) {
        const w = windowOf(n);
        if (w === null) continue;
        const start = Math.max(from, w[0]);
        const available = w[1] - start;
        if (available <= 0) continue;
        if (remaining <= available) return start + remaining;
        remaining -= available;
      }
      throw new RangeError(`No business hours within ${MAX_DAYS} days: check support.business_hours (days, holidays).`);
    },
  };
}

/**
 * Turns the `from`/`to` bounds query functions accept (ISO 8601 text, a
 * Date, or ms since the epoch) into ms since the epoch.
 */

/** A period bound: an ISO 8601 date or timestamp, a Date, or ms since the epoch. */
export type TimeBound = string | number | Date;

/** ms since the epoch for a bound; `fallback` when it is absent. Throws on text that is not a date. */
export function boundMs(bound: TimeBound | undefined, fallback: number): number {
  if (bound === undefined) return fallback;
  if (typeof bound === 'number') return bound;
  if (bound instanceof Date) return bound.getTime();
  const ms = Date.parse(bound);
  if (Number.isNaN(ms)) throw new TypeError(`"${bound}" is not a date: use ISO 8601, like 2026-03-01 or 2026-03-01T00:00:00Z`);
  return ms;
}

/** Smallest and largest values SQLite integers and JS dates agree on, for open-ended periods. */
const EARLIEST = -8.64e15;
const LATEST = 8.64e15;

/** A period [from, to); either end may be left open. */
export interface TimePeriod {
  from?: TimeBound;
  to?: TimeBound;
}

/** A period's [from, to) in ms since the epoch, open ends as the widest bounds, ready to bind. */
export function periodMs(period: TimePeriod): [number, number] {
  return [boundMs(period.from, EARLIEST), boundMs(period.to, LATEST)];
}

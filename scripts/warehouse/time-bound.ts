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
export const EARLIEST = -8.64e15;
export const LATEST = 8.64e15;

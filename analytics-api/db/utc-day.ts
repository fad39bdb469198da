/** UTC day helpers: the visitor-hash salt, vote limits and rollups all turn over at 00:00 UTC. */

export const DAY_MS = 86_400_000;

/** Start of the UTC day holding `ms`. */
export function utcDayStart(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** The UTC date of `ms` as YYYY-MM-DD. */
export function utcDate(ms: number): string {
  return new Date(utcDayStart(ms)).toISOString().slice(0, 10);
}

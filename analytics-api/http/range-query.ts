/**
 * The `from` and `to` query parameters of the stats endpoints. Each is a
 * date (`2025-11-01`, a whole UTC day: `to` includes that day), an ISO
 * date-time (`2025-11-01T12:00:00Z`) or ms since the epoch. The range is
 * [from, to); the default is the 30 days up to and including now. `locale`
 * narrows the counts to one locale's pages (checked against the config by
 * the route).
 */
import { z } from 'zod';
import type { TimeRange } from '../db/time-range.ts';
import { DAY_MS } from '../db/utc-day.ts';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads one time parameter; `endOfDay` makes a plain date mean the end of that day. */
export function parseTime(value: string, endOfDay: boolean): number | undefined {
  if (/^\d{1,15}$/.test(value)) return Number(value);
  if (DATE_ONLY.test(value)) {
    const start = Date.parse(`${value}T00:00:00Z`);
    return Number.isNaN(start) ? undefined : endOfDay ? start + DAY_MS : start;
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** One time query parameter as ms since the epoch, refused with the accepted forms when it is none of them. */
export const timeParam = (endOfDay: boolean) =>
  z
    .string()
    .max(40)
    .transform((value, ctx) => {
      const ms = parseTime(value, endOfDay);
      if (ms === undefined) {
        ctx.addIssue({ code: 'custom', message: `"${value.slice(0, 40)}" is not a time: use a date (2025-11-01), an ISO date-time (2025-11-01T12:00:00Z) or ms since the epoch` });
        return z.NEVER;
      }
      return ms;
    });

/** Query schema of the stats endpoints; `limit` caps the lists in `/api/stats/searches`. */
export const rangeQuerySchema = z
  .strictObject({
    from: timeParam(false).optional(),
    to: timeParam(true).optional(),
    limit: z
      .string()
      .regex(/^\d{1,4}$/, 'must be a whole number from 1 to 1000')
      .transform(Number)
      .pipe(z.int().min(1, 'must be at least 1').max(1000, 'must be at most 1000'))
      .optional(),
    locale: z
      .string()
      .regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code such as "en" or "de"')
      .optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from < q.to, { message: 'from must be before to', path: ['from'] });

/** The range a validated query asks for, with the defaults filled in (`to` defaults to just after now, so it includes now). */
export function rangeOf(query: { from?: number | undefined; to?: number | undefined }, now: number): TimeRange {
  const to = query.to ?? now + 1;
  return { from: query.from ?? Math.min(to - 30 * DAY_MS, to - 1), to };
}

/** Formats a range for responses. */
export function describeRange(range: TimeRange): { from: string; to: string } {
  return { from: new Date(range.from).toISOString(), to: new Date(range.to).toISOString() };
}

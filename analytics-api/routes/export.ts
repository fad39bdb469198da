/**
 * `GET /api/export` (bearer token required): raw events as NDJSON, one JSON
 * object per line with the `events` column names, in id order.
 *
 * `since` is an event id: rows with a greater id follow (pass the last id of
 * the previous export to continue where it stopped). An ISO date or
 * date-time in `since` starts at that time instead. Digits are always an id;
 * for a time in ms use `from`. `from`/`to` bound the time received as in the
 * stats endpoints; without them the whole table is exported.
 */
import type { Database } from 'better-sqlite3';
import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { z } from 'zod';
import type { AppEnv } from '../app-env.ts';
import { listEvents, type ListEventsOptions } from '../db/list-events.ts';
import { parseTime, timeParam } from '../http/range-query.ts';
import { validQuery } from './query-validator.ts';

const LINES_PER_WRITE = 500;

const exportQuerySchema = z.strictObject({
  since: z
    .string()
    .max(40)
    .transform((value, ctx): ListEventsOptions => {
      if (/^\d{1,15}$/.test(value)) return { sinceId: Number(value) };
      const ms = /^\d{4}-\d{2}-\d{2}/.test(value) ? parseTime(value, false) : undefined;
      if (ms === undefined) {
        ctx.addIssue({ code: 'custom', message: 'must be an event id (digits) or an ISO date/date-time such as 2025-11-01' });
        return z.NEVER;
      }
      return { from: ms };
    })
    .optional(),
  from: timeParam(false).optional(),
  to: timeParam(true).optional(),
});

export function exportRoute(options: { db: Database }): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/', validQuery(exportQuerySchema), (c) => {
    const query = c.req.valid('query');
    const from = Math.max(query.since?.from ?? 0, query.from ?? 0);
    const selection: ListEventsOptions = { sinceId: query.since?.sinceId, from, to: query.to };
    c.header('Content-Type', 'application/x-ndjson; charset=utf-8');
    c.header('Cache-Control', 'no-store');
    return stream(c, async (out) => {
      let lines: string[] = [];
      for (const event of listEvents(options.db, selection)) {
        lines.push(JSON.stringify(event));
        if (lines.length === LINES_PER_WRITE) {
          await out.write(`${lines.join('\n')}\n`);
          lines = [];
          if (out.aborted) return;
        }
      }
      if (lines.length > 0) await out.write(`${lines.join('\n')}\n`);
    });
  });
}

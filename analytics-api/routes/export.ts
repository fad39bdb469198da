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
import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { z } from 'zod';
import type { AppEnv } from '../app-env.ts';
import type { ListEventsOptions } from '../db/list-events.ts';
import { formatIssues } from '../http/format-issues.ts';
import { parseTime, timeParam } from '../http/range-query.ts';
import type { AnalyticsStore } from '../store/analytics-store.ts';
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

type ExportQuery = z.output<typeof exportQuerySchema>;

function selectionOf(query: ExportQuery): ListEventsOptions {
  return { sinceId: query.since?.sinceId, from: Math.max(query.since?.from ?? 0, query.from ?? 0), to: query.to };
}

/** The events `since`/`from`/`to` select, as the endpoint reads them (for `kb analytics export`), or what is wrong with them. */
export function exportSelection(raw: { since?: string | undefined; from?: string | undefined; to?: string | undefined }): { ok: true; value: ListEventsOptions } | { ok: false; message: string } {
  const given = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined));
  const parsed = exportQuerySchema.safeParse(given);
  if (!parsed.success) return { ok: false, message: formatIssues(parsed.error.issues, '').replace(/^\./, '--').replace(/; \./g, '; --') };
  return { ok: true, value: selectionOf(parsed.data) };
}

export function exportRoute(options: { store: AnalyticsStore }): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/', validQuery(exportQuerySchema), async (c) => {
    const selection = selectionOf(c.req.valid('query'));
    // The first page is read before the answer starts, so an unreachable database is a 503, not a cut-off 200.
    const events = options.store.listEvents(selection)[Symbol.asyncIterator]();
    const first = await events.next();
    c.header('Content-Type', 'application/x-ndjson; charset=utf-8');
    c.header('Cache-Control', 'no-store');
    return stream(c, async (out) => {
      let lines: string[] = [];
      for (let item = first; item.done !== true; item = await events.next()) {
        const event = item.value;
        lines.push(JSON.stringify(event));
        if (lines.length === LINES_PER_WRITE) {
          await out.write(`${lines.join('\n')}\n`);
          lines = [];
          if (out.aborted) {
            await events.return?.();
            return;
          }
        }
      }
      if (lines.length > 0) await out.write(`${lines.join('\n')}\n`);
    });
  });
}

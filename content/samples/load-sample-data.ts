/**
 * Fills a warehouse with the sample data: the shipped ticket export, moved
 * by whole weeks so its last week is the last complete week before `now`
 * (weekdays and local hours stay as exported), and generated analytics
 * events over the same eight weeks. `kb weekly --sample` uses it, and so
 * can anything that wants a meaningful report from the sample content.
 */
import { DateTime } from 'luxon';
import { loadArticles } from '../../scripts/kb-search/load-articles.ts';
import { openTicketExport } from '../../scripts/tickets/read-tickets.ts';
import type { Ticket } from '../../scripts/tickets/ticket-schema.ts';
import type { Warehouse } from '../../scripts/warehouse/open-warehouse.ts';
import { saveTickets } from '../../scripts/warehouse/save-tickets.ts';
import { saveWarehouseEvents } from '../../scripts/warehouse/save-warehouse-events.ts';
import { lastCompleteWeek } from '../../scripts/weekly/iso-week.ts';
import { generateSampleEvents } from './generate-sample-events.ts';
import { loadConfig } from '../../plugins/config/load-config.ts';
import { localeCodes } from '../../plugins/locale/locales.ts';

/** The shipped export (Zendesk CSV). */
export const sampleTicketsFile = new URL('./tidyshift-tickets.csv', import.meta.url).pathname;
/** The Zendesk account's time zone of the export. */
export const SAMPLE_TIMEZONE = 'America/Chicago';
/** Monday of the export's first week, and how many weeks it covers. */
export const SAMPLE_START = '2026-09-21';
export const SAMPLE_WEEKS = 8;

/** What was loaded. */
export interface SampleLoad {
  tickets: number;
  events: number;
  /** Weeks the export was moved forward. */
  shifted_weeks: number;
  from: string;
  to: string;
}

/** Loads the sample tickets and events into `warehouse`. */
export async function loadSampleData(options: { warehouse: Warehouse; contentDir: string; now?: Date }): Promise<SampleLoad> {
  const start = DateTime.fromISO(SAMPLE_START, { zone: SAMPLE_TIMEZONE });
  const lastWeek = lastCompleteWeek(options.now ?? new Date(), SAMPLE_TIMEZONE);
  const exportLastWeek = start.plus({ weeks: SAMPLE_WEEKS - 1 });
  const shift = Math.max(0, Math.round(DateTime.fromJSDate(lastWeek.from, { zone: SAMPLE_TIMEZONE }).diff(exportLastWeek, 'weeks').weeks));
  const moved = (iso: string | null) => (iso === null ? null : DateTime.fromISO(iso, { setZone: true }).plus({ weeks: shift }).toISO({ suppressMilliseconds: true }));

  const exported = await openTicketExport(sampleTicketsFile, { timezone: SAMPLE_TIMEZONE });
  const tickets: Ticket[] = [];
  for await (const row of exported.rows) {
    if ('error' in row) throw new Error(`The sample export has a bad row ${row.row}: ${row.error}`);
    tickets.push({ ...row.ticket, created_at: moved(row.ticket.created_at)!, first_reply_at: moved(row.ticket.first_reply_at), solved_at: moved(row.ticket.solved_at) });
  }
  const from = start.plus({ weeks: shift });
  const to = from.plus({ weeks: SAMPLE_WEEKS });
  const events = generateSampleEvents({ articles: loadArticles(options.contentDir), from: from.toJSDate(), to: to.toJSDate(), locales: localeCodes(loadConfig(options.contentDir)) });
  saveTickets(options.warehouse, tickets, { source: 'zendesk-csv' });
  saveWarehouseEvents(options.warehouse, events);
  return { tickets: tickets.length, events: events.length, shifted_weeks: shift, from: from.toISO()!, to: to.toISO()! };
}

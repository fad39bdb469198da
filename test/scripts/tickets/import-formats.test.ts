import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadColumnMap } from '../../../scripts/tickets/column-map.ts';
import { importTickets } from '../../../scripts/tickets/import-tickets.ts';
import type { Ticket } from '../../../scripts/tickets/ticket-schema.ts';
import { listTickets } from '../../../scripts/warehouse/list-tickets.ts';
import type { Warehouse } from '../../../scripts/warehouse/open-warehouse.ts';
import { createTempWarehouse, type TempWarehouse } from '../../helpers/temp-warehouse.ts';

const fixture = (name: string) => new URL(`../../fixtures/tickets/${name}`, import.meta.url).pathname;

let temp: TempWarehouse;
let db: Warehouse;
beforeEach(() => {
  temp = createTempWarehouse('kb-import-');
  db = temp.db;
});
afterEach(() => temp.close());

const byId = (tickets: Ticket[], id: string) => {
  const ticket = tickets.find((t) => t.id === id);
  if (!ticket) throw new Error(`no ticket ${id}`);
  return ticket;
};

describe('zendesk-csv', () => {
  it('maps the export columns and reads local times in --timezone, across a DST change', async () => {
    const summary = await importTickets(db, fixture('zendesk-export.csv'), { timezone: 'Europe/Berlin' });
    expect(summary.format).toBe('zendesk-csv');
    expect(summary.local_times).toBe(true);
    const tickets = listTickets(db);
    const t = byId(tickets, '1001');
    expect(t).toMatchObject({
      created_at: '2026-03-02T09:15:00+01:00',
      first_reply_minutes: 45,
      first_reply_at: '2026-03-02T10:00:00+01:00',
      solved_at: '2026-03-02T11:00:00+01:00',
      status: 'solved',
      priority: 'normal',
      channel: 'web',
      subject: 'How do I export timesheets for payroll?',
      tags: ['payroll', 'export'],
      category: 'how-to',
      requester_id: '38211',
      requester_email: 'ana@bakery.example',
      organization: 'Corner Bakery',
      plan: 'pro',
      satisfaction: 'good',
      reopens: 0,
      replies: 2,
      article: 'export-timesheets',
      session: 'sess_4f9a2c1d',
    });
    // Berlin switches to summer time at 02:00 on 2026-03-29.
    expect(byId(tickets, '1002').created_at).toBe('2026-03-29T01:30:00+01:00');
    expect(byId(tickets, '1003').created_at).toBe('2026-03-29T03:45:00+02:00');
    expect(byId(tickets, '1003')).toMatchObject({ priority: null, status: 'closed', satisfaction: 'bad', reopens: 1 });
    expect(byId(tickets, '1007')).toMatchObject({ status: 'on-hold', satisfaction: 'good', tags: ['time_off', 'mobile'] });
    expect(byId(tickets, '1002').subject).toBe('Clock-in button missing, "Start shift" greyed out');
  });

  it('reads the same local times as UTC without --timezone', async () => {
    await importTickets(db, fixture('zendesk-export.csv'));
    expect(byId(listTickets(db), '1001').created_at).toBe('2026-03-02T09:15:00Z');
  });
});

describe('zendesk-json', () => {
  it('reads one ticket per line with metric_set', async () => {
    const summary = await importTickets(db, fixture('zendesk-export.ndjson'));
    expect(summary.format).toBe('zendesk-json');
    const tickets = listTickets(db);
    expect(byId(tickets, '2001')).toMatchObject({
      created_at: '2026-03-03T08:12:44Z',
      first_reply_minutes: 47,
      first_reply_at: '2026-03-03T08:59:44Z',
      solved_at: '2026-03-03T10:00:00Z',
      status: 'solved',
      channel: 'email',
      requester_email: 'hana@florist.example',
      organization: '7001',
      satisfaction: 'good',
      description: 'Hi, we opened a second shop. How do I add it so I can schedule both?',
      tags: ['locations', 'how_to'],
    });
    expect(byId(tickets, '2002')).toMatchObject({ reopens: 1, first_reply_minutes: null, satisfaction: null, priority: 'high' });
    expect(byId(tickets, '2004').created_at).toBe('2026-03-05T11:00:00+01:00');
  });

  it('reads an API response with a "tickets" list', async () => {
    const summary = await importTickets(db, fixture('zendesk-api.json'));
    expect(summary).toMatchObject({ format: 'zendesk-json', rows: 1, inserted: 1 });
    expect(byId(listTickets(db), '3001')).toMatchObject({ status: 'on-hold', priority: 'urgent', channel: 'api', reopens: 2, replies: 4, first_reply_minutes: 130, satisfaction: 'bad' });
  });
});

describe('freshdesk-csv', () => {
  it('maps the export columns, hours as minutes, survey words as ratings', async () => {
    const summary = await importTickets(db, fixture('freshdesk-export.csv'), { timezone: 'America/New_York' });
    expect(summary.format).toBe('freshdesk-csv');
    const tickets = listTickets(db);
    expect(byId(tickets, '501')).toMatchObject({
      created_at: '2026-03-02T10:00:00-05:00',
      first_reply_at: '2026-03-02T10:45:00-05:00',
      first_reply_minutes: 45,
      solved_at: '2026-03-02T12:30:00-05:00',
      status: 'solved',
      priority: 'normal',
      channel: 'web',
      tags: ['login', 'password'],
      category: 'Problem',
      requester_id: '90001',
      requester_email: 'lena@kita.example',
      organization: 'Kita Sonnenschein',
      plan: 'pro',
      satisfaction: 5,
      replies: 2,
      description: 'I reset my password but the app still says "wrong password".',
    });
    expect(byId(tickets, '502')).toMatchObject({ status: 'pending', priority: 'low', channel: 'email', first_reply_minutes: 100, plan: 'enterprise' });
  });
});

describe('freshdesk-json', () => {
  it('maps API v2 codes and stats', async () => {
    const summary = await importTickets(db, fixture('freshdesk-tickets.json'));
    expect(summary.format).toBe('freshdesk-json');
    const tickets = listTickets(db);
    expect(byId(tickets, '701')).toMatchObject({
      status: 'solved',
      priority: 'high',
      channel: 'web',
      first_reply_at: '2026-03-04T11:30:00Z',
      first_reply_minutes: 90,
      solved_at: '2026-03-04T16:00:00Z',
      requester_email: 'rita@store.example',
      organization: '333',
      plan: 'pro',
      category: 'Incident',
      description: 'Hours over 40 should count as overtime.',
    });
    expect(byId(tickets, '702')).toMatchObject({ status: 'open', priority: 'low', channel: 'email', reopens: 1 });
  });
});

describe('helpscout-json', () => {
  it('reads _embedded.conversations with threads', async () => {
    const summary = await importTickets(db, fixture('helpscout-conversations.json'));
    expect(summary.format).toBe('helpscout-json');
    const tickets = listTickets(db);
    expect(byId(tickets, '1180001')).toMatchObject({
      status: 'closed',
      channel: 'email',
      solved_at: '2026-03-09T09:10:00Z',
      first_reply_at: '2026-03-09T08:30:00Z',
      first_reply_minutes: 45,
      replies: 1,
      tags: ['printing', 'schedules'],
      requester_email: 'jo@bakery.example',
      plan: 'free',
      article: null,
      description: 'Our staff room has no screen, we need paper copies.\nHow do I print the week?',
    });
    expect(byId(tickets, '1180002')).toMatchObject({ status: 'open', channel: 'chat', description: 'Every time I tap clock in the app closes & I lose the shift' });
  });
});

describe('intercom-json', () => {
  it('reads a conversation.list with statistics, rating and custom attributes', async () => {
    const summary = await importTickets(db, fixture('intercom-conversations.json'));
    expect(summary.format).toBe('intercom-json');
    expect(byId(listTickets(db), '1911149811')).toMatchObject({
      created_at: '2026-03-09T10:00:00Z',
      first_reply_at: '2026-03-09T10:15:00Z',
      first_reply_minutes: 15,
      solved_at: '2026-03-09T12:00:00Z',
      status: 'closed',
      channel: 'chat',
      reopens: 1,
      satisfaction: 4,
      plan: 'pro',
      article: 'swap-shifts',
      session: 's-9Qe2LmX0',
      requester_email: 'noor@deli.example',
      description: 'How do I let staff swap shifts without asking me?',
    });
  });
});

describe('csv with a column map', () => {
  it('reads the mapped columns, delimiter, date format, value translations and defaults', async () => {
    const map = loadColumnMap(fixture('custom-map.yaml'));
    const summary = await importTickets(db, fixture('custom-export.csv'), { format: 'csv', map });
    expect(summary).toMatchObject({ format: 'csv', timezone: 'America/New_York', inserted: 2, skipped: 1 });
    const tickets = listTickets(db);
    expect(byId(tickets, 'C-100')).toMatchObject({
      created_at: '2026-03-02T09:00:00-05:00',
      first_reply_minutes: 90,
      first_reply_at: '2026-03-02T10:30:00-05:00',
      status: 'solved',
      tags: ['payroll', 'gusto'],
      plan: 'pro',
      channel: 'email',
      requester_email: 'pat@cafe.example',
    });
    expect(byId(tickets, 'C-101')).toMatchObject({ status: 'pending', plan: 'free', first_reply_minutes: null });
  });
});

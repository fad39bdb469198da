/**
 * Zendesk exports that carry durations instead of event times: an export
 * cut to the shape of a real Explore report (business-hours durations,
 * placeholder solve dates, a "Manual Tagging of Categories [list]" column,
 * no subject or description), a report with Explore's own attribute names,
 * and a view export with its column titles and dates.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importTickets } from '../../../scripts/tickets/import-tickets.ts';
import type { Ticket } from '../../../scripts/tickets/ticket-schema.ts';
import { listTickets } from '../../../scripts/warehouse/list-tickets.ts';
import { createTempWarehouse, type TempWarehouse } from '../../helpers/temp-warehouse.ts';

const fixture = (name: string) => new URL(`../../fixtures/tickets/${name}`, import.meta.url).pathname;

let temp: TempWarehouse;
beforeEach(() => {
  temp = createTempWarehouse('kb-explore-');
});
afterEach(() => temp.close());

const byId = (tickets: Ticket[], id: string) => tickets.find((t) => t.id === id)!;

describe('zendesk-explore-csv', () => {
  it.each(['Asia/Kolkata', 'Europe/Paris', 'America/Sao_Paulo', 'Asia/Shanghai', 'UTC'])('imports every row in %s, reading 1900-01-01 as "not solved"', async (zone) => {
    const summary = await importTickets(temp.db, fixture('zendesk-explore-business.csv'), { timezone: zone });
    expect(summary).toMatchObject({ format: 'zendesk-explore-csv', rows: 11, inserted: 11, skipped: 0, errors: [], placeholders: { 'Solved at': 4 } });
    const tickets = listTickets(temp.db);
    expect(tickets).toHaveLength(11);
    expect(tickets.filter((t) => t.solved_at === null).map((t) => t.id)).toEqual(['297734', '297735', '297737', '297740']);
  });

  it('stores the business-hours durations, counts, category and survey state as the helpdesk computed them', async () => {
    await importTickets(temp.db, fixture('zendesk-explore-business.csv'), { timezone: 'Asia/Kolkata' });
    const tickets = listTickets(temp.db);
    expect(byId(tickets, '297732')).toMatchObject({
      created_at: '2023-04-10T09:30:00+05:30',
      updated_at: '2023-04-12T10:00:00+05:30',
      solved_at: '2023-04-10T15:30:00+05:30',
      status: 'solved',
      priority: 'urgent',
      channel: 'email',
      first_reply_at: null,
      first_reply_minutes: null,
      first_reply_business_minutes: 76,
      first_resolution_minutes: 360,
      full_resolution_minutes: 360,
      full_resolution_business_minutes: 360,
      requester_wait_minutes: 90,
      requester_wait_business_minutes: 76,
      satisfaction: 5,
      satisfaction_offered: true,
      replies: 1,
      reopens: 0,
      category: 'Claims',
      // No Tags column: the category is the ticket's tag, for gaps and triage.
      tags: ['Claims'],
      subject: '',
      description: '',
      requester_id: '10300600000000',
    });
    expect(byId(tickets, '297733')).toMatchObject({ satisfaction: null, satisfaction_offered: true, replies: 2 });
    expect(byId(tickets, '297734')).toMatchObject({ satisfaction_offered: false, category: 'Is my treatment covered (IMTC)', channel: 'chat' });
    expect(byId(tickets, '297735')).toMatchObject({ satisfaction_offered: null, category: null, tags: [], replies: 0, first_reply_business_minutes: null });
    expect(byId(tickets, '297740')).toMatchObject({ status: 'on-hold', priority: 'high' });
  });

  it('reads a report with Explore attribute names, thousands separators and ISO times with and without Z', async () => {
    const summary = await importTickets(temp.db, fixture('zendesk-explore-report.csv'), { timezone: 'Europe/Berlin' });
    expect(summary).toMatchObject({ format: 'zendesk-explore-csv', inserted: 3, skipped: 0 });
    const tickets = listTickets(temp.db);
    expect(byId(tickets, '8101')).toMatchObject({
      created_at: '2023-01-05T14:03:00+01:00',
      first_reply_minutes: 1604,
      first_reply_at: '2023-01-06T16:47:00+01:00',
      first_reply_business_minutes: 80,
      full_resolution_minutes: 1122,
      satisfaction: 'good',
      satisfaction_offered: true,
      replies: 1,
      tags: ['refund', 'billing_error'],
      category: 'billing',
      priority: 'high',
    });
    expect(byId(tickets, '8102')).toMatchObject({ created_at: '2023-01-05T16:30:00Z', channel: 'chat', satisfaction_offered: true, replies: 0, category: null });
    expect(byId(tickets, '8103')).toMatchObject({ first_reply_minutes: 12.5, reopens: 1, satisfaction: 'bad', status: 'closed' });
  });

  it('explains why a file is not an Explore export when --format says it is', async () => {
    await expect(importTickets(temp.db, fixture('zendesk-view.csv'), { format: 'zendesk-explore-csv' })).rejects.toThrow(
      /is not a zendesk-explore-csv export: it has no duration columns \("First reply time \(min\)"/,
    );
  });
});

describe('zendesk-csv view export', () => {
  it('reads the view titles ("Requested", "Updated") and dates like "05 Jan 23 14:03"', async () => {
    const summary = await importTickets(temp.db, fixture('zendesk-view.csv'), { timezone: 'America/New_York' });
    expect(summary).toMatchObject({ format: 'zendesk-csv', inserted: 3, skipped: 0 });
    const tickets = listTickets(temp.db);
    expect(byId(tickets, '4101')).toMatchObject({
      created_at: '2023-01-05T14:03:00-05:00',
      updated_at: '2023-01-06T09:10:00-05:00',
      subject: 'Cannot export the payroll report',
      priority: 'urgent',
      status: 'open',
      satisfaction: null,
      satisfaction_offered: true,
      // A view export does not count replies: unknown, not zero.
      replies: null,
    });
    expect(byId(tickets, '4102')).toMatchObject({ satisfaction: 'good', status: 'solved' });
    expect(byId(tickets, '4103')).toMatchObject({ priority: null, satisfaction_offered: false });
  });
});

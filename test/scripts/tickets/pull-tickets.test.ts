/**
 * `kb tickets pull` against local servers speaking each helpdesk's list
 * API: Zendesk's cursor-based incremental export (sideloaded metric sets,
 * a 429 with Retry-After on the way), Freshdesk's `updated_since` list with
 * `Link` pagination, Help Scout's conversations with an OAuth2 token. The
 * tickets land in the warehouse through the same importers as
 * `kb tickets import`, the cursor is stored with each page, and a pull that
 * fails half-way resumes where it stopped.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../scripts/cli/user-error.ts';
import { pullTickets } from '../../../scripts/tickets/pull/pull-tickets.ts';
import { runTicketsPull } from '../../../scripts/tickets/pull/run-tickets-pull.ts';
import { zendeskSource } from '../../../scripts/tickets/pull/zendesk-source.ts';
import { listTickets } from '../../../scripts/warehouse/list-tickets.ts';
import { getTicketCursor } from '../../../scripts/warehouse/ticket-pulls.ts';
import { openWarehouse } from '../../../scripts/warehouse/open-warehouse.ts';
import { FRESHDESK, HELPSCOUT, startFakeHelpdesk, ZENDESK, type FakeHelpdesk } from '../../helpers/helpdesk-servers.ts';
import { createTempWarehouse, type TempWarehouse } from '../../helpers/temp-warehouse.ts';

let helpdesk: FakeHelpdesk | undefined;
let warehouse: TempWarehouse | undefined;
afterEach(async () => {
  await helpdesk?.close();
  warehouse?.close();
  helpdesk = warehouse = undefined;
});

const quiet = { write: () => {}, warn: () => {} };
const page1Cursor = 'MTU3NjYxMzUzOS4wfHw0Njd8';
const page2Cursor = 'MTU3NjYxMzU5OS4wfHw0Njh8';

describe('kb tickets pull', () => {
  it('pulls Zendesk incrementally, waiting out a 429, and the next pull asks only for what changed since', async () => {
    helpdesk = await startFakeHelpdesk('zendesk');
    helpdesk.fail('GET /api/v2/incremental/tickets/cursor.json', [{ status: 429, headers: { 'retry-after': '1' }, body: { error: 'TooManyRequests' } }]);
    warehouse = createTempWarehouse();
    warehouse.db.close();
    const env = { KB_ZENDESK_URL: helpdesk.url, KB_ZENDESK_EMAIL: ZENDESK.email, KB_ZENDESK_TOKEN: ZENDESK.token };
    const waits: string[] = [];
    const output: string[] = [];
    const started = Date.now();
    expect(await runTicketsPull({ source: 'zendesk', db: warehouse.file, since: '2026-03-01', restart: false, output: 'json', env, write: (t) => output.push(t), warn: (t) => waits.push(t) })).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    expect(waits.join('')).toContain('Zendesk rate limit: waiting 1 s');
    expect(JSON.parse(output.join(''))).toMatchObject({ source: 'zendesk', pages: 2, records: 3, inserted: 3, skipped: 0, cursor: page2Cursor });

    const first = helpdesk.requests.find((r) => r.query.has('start_time'));
    expect(first?.query.get('start_time')).toBe(String(Date.parse('2026-03-01T00:00:00Z') / 1000));
    expect(first?.query.get('include')).toBe('metric_sets,users');
    const db = openWarehouse(warehouse.file);
    try {
      const tickets = listTickets(db);
      expect(tickets.map((t) => t.id).sort()).toEqual(['3001', '3002', '3003']);
      // The sideloaded metric set is joined onto its ticket, as in an export with metric_set.
      expect(tickets.find((t) => t.id === '3001')).toMatchObject({ reopens: 2, replies: 4, first_reply_minutes: 130, first_reply_business_minutes: 60 });
      expect(getTicketCursor(db, 'zendesk')).toBe(page2Cursor);
    } finally {
      db.close();
    }

    helpdesk.requests.length = 0;
    expect(await runTicketsPull({ source: 'zendesk', db: warehouse.file, restart: false, output: 'text', env, ...quiet })).toBe(0);
    expect(helpdesk.requests.map((r) => r.query.get('cursor'))).toEqual([page2Cursor]);
  });

  it('keeps the pages saved before a failure and resumes after them', async () => {
    helpdesk = await startFakeHelpdesk('zendesk');
    warehouse = createTempWarehouse();
    const noWait = { attempts: 2, sleep: async () => {} };
    helpdesk.fail('GET /api/v2/incremental/tickets/cursor.json', [{ status: 200, body: (await (await fetch(`${helpdesk.url}/api/v2/incremental/tickets/cursor.json?start_time=0`, { headers: { authorization: `Basic ${Buffer.from(`${ZENDESK.email}/token:${ZENDESK.token}`).toString('base64')}` } })).json()) }, 500, 500]);
    helpdesk.requests.length = 0;
    const source = zendeskSource({ baseUrl: helpdesk.url, email: ZENDESK.email, token: ZENDESK.token, get: noWait });
    await expect(pullTickets(warehouse.db, source, { since: 0 })).rejects.toThrow(UserError);
    expect(listTickets(warehouse.db)).toHaveLength(2);
    expect(getTicketCursor(warehouse.db, 'zendesk')).toBe(page1Cursor);

    const summary = await pullTickets(warehouse.db, source, { since: 0 });
    expect(helpdesk.requests.at(-1)?.query.get('cursor')).toBe(page1Cursor);
    expect(summary).toMatchObject({ pages: 1, records: 1, inserted: 1 });
    expect(listTickets(warehouse.db)).toHaveLength(3);
  });

  it('pulls Freshdesk by updated_at following the Link header, and stores the latest update as the cursor', async () => {
    helpdesk = await startFakeHelpdesk('freshdesk');
    warehouse = createTempWarehouse();
    warehouse.db.close();
    const output: string[] = [];
    expect(await runTicketsPull({ source: 'freshdesk', db: warehouse.file, since: '2026-01-01', restart: false, output: 'json', env: { KB_FRESHDESK_URL: helpdesk.url, KB_FRESHDESK_API_KEY: FRESHDESK.apiKey }, write: (t) => output.push(t), warn: () => {} })).toBe(3);
    // The importers' fixture holds one ticket without a creation time: skipped and listed, the others saved (exit 3, as an import).
    expect(JSON.parse(output.join(''))).toMatchObject({ pages: 2, records: 3, inserted: 2, skipped: 1, errors: [{ row: 3, reason: expect.stringContaining('created_at') }], cursor: '2026-03-07T10:00:00Z' });
    // The next page came from the Link header, asked of the configured host (never the host the header names).
    expect(helpdesk.requests.map((r) => r.query.get('page'))).toEqual(['1', '2']);
    expect(helpdesk.requests[0]?.query.get('order_by')).toBe('updated_at');
    expect(helpdesk.requests[0]?.query.get('updated_since')).toBe('2026-01-01T00:00:00Z');
    const db = openWarehouse(warehouse.file);
    try {
      expect(listTickets(db).find((t) => t.id === '701')).toMatchObject({ subject: 'Overtime is not calculated', status: 'solved' });
    } finally {
      db.close();
    }
  });

  it('pulls Help Scout conversations with a client-credentials token, page by page', async () => {
    helpdesk = await startFakeHelpdesk('helpscout');
    warehouse = createTempWarehouse();
    warehouse.db.close();
    const output: string[] = [];
    expect(await runTicketsPull({ source: 'helpscout', db: warehouse.file, since: '2026-01-01', restart: false, output: 'json', env: { KB_HELPSCOUT_URL: helpdesk.url, KB_HELPSCOUT_APP_ID: HELPSCOUT.appId, KB_HELPSCOUT_APP_SECRET: HELPSCOUT.appSecret }, write: (t) => output.push(t), warn: () => {} })).toBe(3);
    expect(JSON.parse(output.join(''))).toMatchObject({ pages: 2, records: 3, inserted: 2, skipped: 1, errors: [{ row: 3, reason: expect.stringContaining('not a real date') }] });
    expect(helpdesk.requests.map((r) => r.path)).toEqual(['/v2/oauth2/token', '/v2/conversations', '/v2/conversations']);
    expect(helpdesk.requests[1]?.query.get('embed')).toBe('threads');
  });

  it('says which variables are missing, and what to check when the helpdesk refuses the credentials', async () => {
    warehouse = createTempWarehouse();
    warehouse.db.close();
    await expect(runTicketsPull({ source: 'zendesk', db: warehouse.file, restart: false, output: 'text', env: {}, ...quiet })).rejects.toThrow(/needs KB_ZENDESK_SUBDOMAIN, KB_ZENDESK_EMAIL, KB_ZENDESK_TOKEN in the environment/);
    helpdesk = await startFakeHelpdesk('zendesk');
    await expect(runTicketsPull({ source: 'zendesk', db: warehouse.file, restart: false, output: 'text', env: { KB_ZENDESK_URL: helpdesk.url, KB_ZENDESK_EMAIL: ZENDESK.email, KB_ZENDESK_TOKEN: 'wrong' }, ...quiet })).rejects.toThrow(
      "Zendesk refused the credentials (HTTP 401: Couldn't authenticate you). Fix: check KB_ZENDESK_SUBDOMAIN, KB_ZENDESK_EMAIL and KB_ZENDESK_TOKEN",
    );
  });
});

/**
 * `POST /api/contact` on a real app, on both engines (a SQLite file, and a
 * database in the run's PostgreSQL cluster): what is refused and
 * how (missing or invalid email, a 1 MB message, CR/LF in the subject,
 * unknown fields, no target configured), the honeypot, the contact rate
 * limit, and what a 202 means: the request is in the outbox, triaged, with
 * one `contact_submit` event and no text anywhere but the outbox.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../analytics-api/app.ts';
import { resolveContactSettings, type ContactSettings } from '../../../analytics-api/contact/contact-settings.ts';
import { eventColumns, type StoredEvent } from '../../../analytics-api/db/event-row.ts';
import type { ServiceSettings } from '../../../analytics-api/service-settings.ts';
import { loadConfig } from '../../../plugins/config/load-config.ts';
import { supportSettings } from '../../../plugins/config/support-config.ts';
import { testedEngines, useEngineStore } from '../helpers/engine-database.ts';
import { BROWSER_UA, testSettings } from '../helpers/test-app.ts';

const config = loadConfig(new URL('../../../content', import.meta.url).pathname);

function contactSettings(overrides: Partial<ContactSettings> = {}): ContactSettings {
  return { ...resolveContactSettings(config.contact, supportSettings(config), { KB_CONTACT_WEBHOOK_URL: 'http://127.0.0.1:9/hook', KB_CONTACT_WEBHOOK_SECRET: 'secret' }), ...overrides };
}

const valid = {
  email: 'kenji@example.org',
  name: 'Kenji Berg',
  subject: 'Export to payroll fails with an error',
  message: 'Since Monday the export shows an error.\nWe pay staff on Friday.',
  context: { article: 'export-timesheets', search: 'payroll export', page: '/contact/?article=export-timesheets', locale: 'en', plan: 'pro', session: 'session-aaaa1111' },
};

const NOW = Date.parse('2025-11-20T12:00:00Z');

interface ContactApp {
  app: ReturnType<typeof createApp>;
  db: { count(): Promise<number>; row<Row = Record<string, unknown>>(): Promise<Row | undefined> };
  events(): Promise<StoredEvent[]>;
}

function post(app: ContactApp, body: unknown, headers: Record<string, string> = {}, ip = '198.51.100.23') {
  return app.app.request(
    '/api/contact',
    { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json', 'user-agent': BROWSER_UA, ...headers } },
    { incoming: { socket: { remoteAddress: ip } } },
  );
}

describe.each(testedEngines('contact API tests (PostgreSQL)'))('POST /api/contact on %s', (engine) => {
  const on = useEngineStore(engine);

  function createTestApp(options: { settings?: Partial<ServiceSettings> } = {}): ContactApp {
    return {
      app: createApp({ store: on.store, settings: testSettings(options.settings), now: () => NOW, logError: () => {} }),
      db: {
        count: async () => (await on.database.rows<{ n: number }>('SELECT count(*) AS n FROM contact_requests'))[0]?.n ?? 0,
        row: async <Row>() => (await on.database.rows<Row>('SELECT * FROM contact_requests'))[0],
      },
      events: () => on.database.rows<StoredEvent>(`SELECT ${eventColumns.join(', ')} FROM events ORDER BY id`),
    };
  }
  let t: ContactApp;

  it('answers 202 with the id once the request, its triage and one contact_submit event are committed', async () => {
    t = createTestApp({ settings: { contact: contactSettings() } });
    const response = await post(t, valid);
    expect(response.status).toBe(202);
    const body = (await response.json()) as { id: string };
    expect(Object.keys(body)).toEqual(['id']);
    const row = (await t.db.row())!;
    expect(row).toMatchObject({ id: body.id, status: 'pending', target: 'webhook', attempts: 0, priority: 'P1', category: 'bug' });
    expect(JSON.parse(row.payload as string)).toEqual({ email: valid.email, name: valid.name, subject: valid.subject, message: valid.message, context: valid.context });
    expect(Date.parse(row.first_response_due as string) - (row.created_at as number)).toBe(60 * 60_000);
    const events = await t.events();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'contact_submit', session: 'session-aaaa1111', article: 'export-timesheets', query: null, comment: null });

    const status = await t.app.request(`/api/contact/${body.id}`);
    expect(await status.json()).toMatchObject({ id: body.id, status: 'queued', triage: { priority: 'P1', category: 'bug' }, first_response: { minutes: 60, clock: 'calendar' } });
    expect(JSON.stringify(await (await t.app.request(`/api/contact/${body.id}`)).json())).not.toContain('Kenji');
  });

  it('says whether it takes requests, and answers 503 without a delivery target', async () => {
    t = createTestApp({ settings: { contact: contactSettings({ target: undefined }) } });
    expect(await (await t.app.request('/api/contact')).json()).toEqual({ accepting: false });
    const response = await post(t, valid);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('contact_unavailable');
    expect(await t.db.count()).toBe(0);
  });

  it.each([
    ['a missing email', { ...valid, email: undefined }, 400, 'contact.email: is missing'],
    ['an invalid email', { ...valid, email: 'kenji at example' }, 400, 'contact.email: must be a valid email address'],
    ['CR/LF in the subject (header injection)', { ...valid, subject: 'Help\r\nBcc: everyone@example.org' }, 400, 'contact.subject: must be one line'],
    ['a line break in the name', { ...valid, name: 'Kenji\nBcc: x@example.org' }, 400, 'contact.name: must be one line'],
    ['an empty message', { ...valid, message: '   ' }, 400, 'contact.message: must not be empty'],
    ['an unknown field (no open relay: the target is not the request\'s to choose)', { ...valid, to: 'attacker@example.org' }, 400, 'unknown field "to"'],
    ['a message over 10,000 characters', { ...valid, message: 'x'.repeat(10_001) }, 400, 'at most 10,000 characters'],
    ['a 1 MB message', { ...valid, message: 'x'.repeat(1024 * 1024) }, 413, 'The body is larger than 65536 bytes'],
  ])('refuses %s with a clear 4xx and stores nothing', async (_name, body, status, message) => {
    t = createTestApp({ settings: { contact: contactSettings() } });
    const response = await post(t, body);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain(message);
    expect(await t.db.count()).toBe(0);
    expect(await t.events()).toHaveLength(0);
  });

  it('keeps HTML in the subject as text, to be escaped wherever it is shown', async () => {
    t = createTestApp({ settings: { contact: contactSettings() } });
    const response = await post(t, { ...valid, subject: '<script>alert(1)</script> export' });
    expect(response.status).toBe(202);
    const row = (await t.db.row<{ payload: string }>())!;
    expect(JSON.parse(row.payload).subject).toBe('<script>alert(1)</script> export');
  });

  it('answers a filled honeypot like a person but stores and sends nothing', async () => {
    t = createTestApp({ settings: { contact: contactSettings() } });
    const response = await post(t, { ...valid, website: 'https://spam.example' });
    expect(response.status).toBe(202);
    expect(await t.db.count()).toBe(0);
    expect(await t.events()).toHaveLength(0);
  });

  it('delivers requests from bots and opted-out browsers but records no event for them', async () => {
    t = createTestApp({ settings: { contact: contactSettings() } });
    expect((await post(t, valid, { 'user-agent': 'curl/8.5.0' })).status).toBe(202);
    expect((await post(t, valid, { dnt: '1' })).status).toBe(202);
    expect(await t.db.count()).toBe(2);
    expect(await t.events()).toHaveLength(0);
  });

  it('limits each client to contact.rate_limit requests per minute with 429 and Retry-After', async () => {
    t = createTestApp({ settings: { contact: contactSettings({ rateLimit: { requestsPerMinute: 10, burst: 3 } }) } });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(t, valid)).status);
    expect(statuses).toEqual([202, 202, 202, 429, 429]);
    const limited = await post(t, valid);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await limited.json()) as { error: { message: string } }).error.message).toContain('the limit is 10 per minute');
    // Another client has its own bucket.
    expect((await post(t, valid, {}, '203.0.113.9')).status).toBe(202);
  });

  it('answers 404 for an unknown request id', async () => {
    t = createTestApp({ settings: { contact: contactSettings() } });
    expect((await t.app.request('/api/contact/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await t.app.request('/api/contact/not-an-id')).status).toBe(404);
  });
});

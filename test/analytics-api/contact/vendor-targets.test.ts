/**
 * Delivery to each helpdesk the way its API documents it, against local
 * servers that speak those shapes (`test/helpers/helpdesk-servers.ts`) and a
 * real SMTP server on loopback (`smtp-server`): the JSON and auth each
 * expects, 401 and 400 dead-lettered with the vendor's message, 429 with
 * Retry-After, 500 and timeouts retried, and no second ticket where the
 * target honours the idempotency key.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContactDelivery } from '../../../analytics-api/contact/contact-delivery.ts';
import { startDeliveryWorker, type DeliveryWorker } from '../../../analytics-api/contact/delivery-worker.ts';
import { createFreshdeskTarget } from '../../../analytics-api/contact/targets/freshdesk-target.ts';
import { createHelpScoutTarget } from '../../../analytics-api/contact/targets/helpscout-target.ts';
import { createSmtpTarget } from '../../../analytics-api/contact/targets/smtp-target.ts';
import { createZendeskTarget } from '../../../analytics-api/contact/targets/zendesk-target.ts';
import { openDatabase, type Database } from '../../../analytics-api/db/open-database.ts';
import { sqliteStore } from '../../../analytics-api/store/sqlite-store.ts';
import { addContactRequests } from '../helpers/contact-requests.ts';
import { FRESHDESK, HELPSCOUT, startFakeHelpdesk, ZENDESK, type FakeHelpdesk } from '../../helpers/helpdesk-servers.ts';

const delivery = (id = '11111111-1111-4111-8111-111111111111', email = 'maria@bakery.example'): ContactDelivery => ({
  id,
  createdAt: Date.parse('2026-03-10T09:00:00Z'),
  payload: {
    email,
    name: 'Maria Lopez',
    subject: 'Clock-in shows an error',
    message: 'Clocking in fails at our second shop.\n\n<script>alert(1)</script>',
    context: { article: 'fix-clock-in-location-error', search: 'clock in error', page: '/contact/', locale: 'en', plan: 'pro', session: 'session-abcdefgh' },
  },
  triage: { priority: 'P1', category: 'bug', first_response_due: '2026-03-10T10:00:00.000Z' },
});
const signal = () => AbortSignal.timeout(5000);

let helpdesk: FakeHelpdesk | undefined;
let worker: DeliveryWorker | undefined;
let db: Database | undefined;
let dir: string | undefined;
afterEach(async () => {
  await worker?.close(100);
  await helpdesk?.close();
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  worker = helpdesk = db = dir = undefined;
});

describe('Zendesk', () => {
  it('creates one ticket through 500, a timeout and a 429, with basic token auth and the triaged priority', async () => {
    helpdesk = await startFakeHelpdesk('zendesk');
    helpdesk.fail('POST /api/v2/tickets', [500, 'hang', { status: 429, headers: { 'retry-after': '1' }, body: { error: 'TooManyRequests' } }]);
    dir = mkdtempSync(path.join(tmpdir(), 'kb-zendesk-'));
    db = openDatabase(path.join(dir, 'analytics.db'));
    const d = delivery();
    const outbox = sqliteStore(db).outbox;
    await addContactRequests(outbox, { id: d.id, createdAt: d.createdAt, target: 'zendesk', priority: 'P1', category: 'bug', firstResponseDue: d.triage.first_response_due, payload: d.payload });
    const target = createZendeskTarget({ api: 'tickets', baseUrl: helpdesk.url, email: ZENDESK.email, token: ZENDESK.token, tags: ['help-center'] });
    worker = startDeliveryWorker(outbox, { target, maxAttempts: 10, initialDelayMs: 20, maxDelayMs: 100, timeoutMs: 300, concurrency: 1, pollMs: 50 });
    const row = () => db!.prepare('SELECT status, remote_id, attempts FROM contact_requests').get() as { status: string; remote_id: string; attempts: number };
    await expect.poll(() => row().status, { timeout: 10_000 }).toBe('delivered');
    expect(row()).toMatchObject({ remote_id: '1001', attempts: 4 });
    expect(helpdesk.created).toHaveLength(1);
    const sent = helpdesk.created[0]!.body as { ticket: { subject: string; priority: string; requester: unknown; comment: { body: string; public: boolean }; tags: string[] } };
    expect(sent.ticket).toMatchObject({ subject: 'Clock-in shows an error', priority: 'high', requester: { name: 'Maria Lopez', email: 'maria@bakery.example' }, tags: ['help-center'] });
    expect(sent.ticket.comment.body).toContain('Article: fix-clock-in-location-error');
    expect(sent.ticket.comment.body).toContain('Last search: clock in error');
    expect(new Set(helpdesk.requests.map((r) => r.headers['idempotency-key']))).toEqual(new Set([d.id]));
  });

  it('makes no second ticket when a request is sent again with its key (a kill between sending and recording)', async () => {
    helpdesk = await startFakeHelpdesk('zendesk');
    const target = createZendeskTarget({ api: 'tickets', baseUrl: helpdesk.url, email: ZENDESK.email, token: ZENDESK.token, tags: [] });
    const first = await target.send(delivery(), signal());
    const again = await target.send(delivery(), signal());
    expect(first).toEqual({ ok: true, remoteId: '1001', status: 201 });
    expect(again).toEqual(first);
    expect(helpdesk.created).toHaveLength(1);
  });

  it('dead-letters a 401 with what Zendesk said', async () => {
    helpdesk = await startFakeHelpdesk('zendesk');
    const target = createZendeskTarget({ api: 'tickets', baseUrl: helpdesk.url, email: ZENDESK.email, token: 'wrong', tags: [] });
    expect(await target.send(delivery(), signal())).toEqual({ ok: false, retry: false, status: 401, message: "HTTP 401: Couldn't authenticate you" });
  });

  it('creates a request as the end user with the Requests API, without a token', async () => {
    helpdesk = await startFakeHelpdesk('zendesk');
    const target = createZendeskTarget({ api: 'requests', baseUrl: helpdesk.url, tags: [] });
    expect(await target.send(delivery(), signal())).toMatchObject({ ok: true, remoteId: '1001' });
    expect(helpdesk.requests[0]?.headers.authorization).toBeUndefined();
    expect(helpdesk.created[0]?.body).toMatchObject({ request: { subject: 'Clock-in shows an error', requester: { email: 'maria@bakery.example' } } });
  });
});

describe('Freshdesk', () => {
  it('creates a ticket with API-key auth, an escaped HTML description and numeric codes', async () => {
    helpdesk = await startFakeHelpdesk('freshdesk');
    const target = createFreshdeskTarget({ baseUrl: helpdesk.url, apiKey: FRESHDESK.apiKey, tags: ['help-center'] });
    expect(await target.send(delivery(), signal())).toEqual({ ok: true, remoteId: '1001', status: 201 });
    const sent = helpdesk.created[0]!.body as Record<string, unknown>;
    expect(sent).toMatchObject({ email: 'maria@bakery.example', name: 'Maria Lopez', status: 2, source: 2, priority: 3, tags: ['help-center'] });
    expect(sent.description).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(sent.description).not.toContain('<script>');
  });

  it('dead-letters a 400 with the field Freshdesk names, and retries a 429 with its Retry-After', async () => {
    helpdesk = await startFakeHelpdesk('freshdesk');
    const target = createFreshdeskTarget({ baseUrl: helpdesk.url, apiKey: FRESHDESK.apiKey, tags: [] });
    expect(await target.send(delivery(undefined, 'not-an-email'), signal())).toEqual({ ok: false, retry: false, status: 400, message: 'HTTP 400: Validation failed: email It should be a valid email address' });
    helpdesk.fail('POST /api/v2/tickets', [{ status: 429, headers: { 'retry-after': '30' }, body: { message: 'You have exceeded the limit of requests per minute' } }]);
    expect(await target.send(delivery(), signal())).toMatchObject({ ok: false, retry: true, status: 429, retryAfterMs: 30_000 });
  });
});

describe('Help Scout', () => {
  it('gets a client-credentials token, creates an email conversation and renews an expired token once', async () => {
    helpdesk = await startFakeHelpdesk('helpscout');
    const target = createHelpScoutTarget({ baseUrl: helpdesk.url, appId: HELPSCOUT.appId, appSecret: HELPSCOUT.appSecret, mailboxId: 85, tags: ['help-center'] });
    expect(await target.send(delivery(), signal())).toEqual({ ok: true, remoteId: '1001', status: 201 });
    expect(helpdesk.created[0]?.body).toMatchObject({ subject: 'Clock-in shows an error', mailboxId: 85, type: 'email', status: 'active', customer: { email: 'maria@bakery.example', firstName: 'Maria', lastName: 'Lopez' }, threads: [{ type: 'customer' }] });
    helpdesk.expireTokens();
    expect(await target.send(delivery('22222222-2222-4222-8222-222222222222'), signal())).toMatchObject({ ok: true, remoteId: '1002' });
    expect(helpdesk.requests.filter((r) => r.path === '/v2/oauth2/token')).toHaveLength(2);
  });

  it('dead-letters refused app credentials and a 400 with the path Help Scout names', async () => {
    helpdesk = await startFakeHelpdesk('helpscout');
    const wrong = createHelpScoutTarget({ baseUrl: helpdesk.url, appId: HELPSCOUT.appId, appSecret: 'wrong', mailboxId: 85, tags: [] });
    expect(await wrong.send(delivery(), signal())).toEqual({ ok: false, retry: false, status: 401, message: 'token request: HTTP 401: invalid_client' });
    const target = createHelpScoutTarget({ baseUrl: helpdesk.url, appId: HELPSCOUT.appId, appSecret: HELPSCOUT.appSecret, mailboxId: 85, tags: [] });
    expect(await target.send(delivery(undefined, 'nobody'), signal())).toEqual({ ok: false, retry: false, status: 400, message: 'HTTP 400: Bad request: customer.email must be a well-formed email address' });
    helpdesk.fail('POST /v2/conversations', [500]);
    expect(await target.send(delivery(), signal())).toMatchObject({ ok: false, retry: true, status: 500 });
  });
});

describe('SMTP', () => {
  it('mails the request to the helpdesk mailbox with the customer as Reply-To and the request id as Message-ID; 4xx retried, 5xx dead-lettered', async () => {
    const messages: Array<{ from: string; to: string[]; raw: string }> = [];
    const refusals = [451, 550];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          const code = refusals.length > 0 && messages.length > 0 ? refusals.shift() : undefined;
          if (code !== undefined) {
            const error = Object.assign(new Error(code === 451 ? 'Try again later' : 'Mailbox unavailable'), { responseCode: code });
            return callback(error);
          }
          messages.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.server.address() as AddressInfo).port;
    try {
      const target = createSmtpTarget({ host: '127.0.0.1', port, secure: false, from: 'help-center@tidyshift.example', to: 'support@tidyshift.example', timeoutMs: 5000 });
      const d = delivery();
      expect(await target.send(d, signal())).toMatchObject({ ok: true, status: 250 });
      expect(messages[0]).toMatchObject({ from: 'help-center@tidyshift.example', to: ['support@tidyshift.example'] });
      const raw = messages[0]!.raw;
      expect(raw).toMatch(new RegExp(`^Message-ID: <${d.id}@kb-contact.invalid>`, 'mi'));
      expect(raw).toMatch(/^Reply-To: Maria Lopez <maria@bakery.example>/m);
      expect(raw).toMatch(new RegExp(`^Idempotency-Key: ${d.id}`, 'm'));
      expect(raw).toMatch(/^Subject: Clock-in shows an error/m);
      expect(raw).toContain('Article: fix-clock-in-location-error');
      expect(await target.send(delivery('33333333-3333-4333-8333-333333333333'), signal())).toMatchObject({ ok: false, retry: true, status: 451 });
      expect(await target.send(delivery('44444444-4444-4444-8444-444444444444'), signal())).toMatchObject({ ok: false, retry: false, status: 550 });
      target.close?.();
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

/**
 * The outbox worker against a real webhook receiver on loopback that fails
 * in every way a target can — 500, no answer (timeout), a dropped
 * connection, connection refused, 429 with Retry-After — and then
 * recovers: every request arrives once with a 2xx, signed, under its own
 * idempotency key on every attempt, and its text is deleted once
 * delivered. A 400 is dead-lettered at once with the target's message, and
 * attempts that run out end dead-lettered too; `kb contact retry` brings
 * them back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startDeliveryWorker, type DeliveryWorker } from '../../../analytics-api/contact/delivery-worker.ts';
import { createWebhookTarget } from '../../../analytics-api/contact/targets/webhook-target.ts';
import { openDatabase, type Database } from '../../../analytics-api/db/open-database.ts';
import { retryContactRequests } from '../../../analytics-api/outbox/retry-contact-requests.ts';
import { saveContactRequest } from '../../../analytics-api/outbox/save-contact-request.ts';
import { startWebhookReceiver, type Reply, type WebhookReceiver } from '../../helpers/webhook-receiver.ts';

const SECRET = 'worker-test-secret';
const fast = { maxAttempts: 10, initialDelayMs: 20, maxDelayMs: 200, timeoutMs: 400, concurrency: 2, pollMs: 100 };

let dir: string;
let db: Database;
let worker: DeliveryWorker | undefined;
let receiver: WebhookReceiver | undefined;

afterEach(async () => {
  await worker?.close(100);
  await receiver?.close();
  db?.close();
  rmSync(dir, { recursive: true, force: true });
  worker = undefined;
  receiver = undefined;
});

function openOutbox(): void {
  added = 0;
  dir = mkdtempSync(path.join(tmpdir(), 'kb-outbox-'));
  db = openDatabase(path.join(dir, 'analytics.db'));
}

let added = 0;
function addRequests(n: number): string[] {
  const ids: string[] = [];
  for (let i = added; i < added + n; i++) {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    saveContactRequest(db, {
      id,
      createdAt: Date.now(),
      target: 'webhook',
      priority: 'P2',
      category: 'how-to',
      firstResponseDue: new Date(Date.now() + 4 * 3_600_000).toISOString(),
      payload: { email: `c${i}@example.org`, name: null, subject: `Question ${i}`, message: `Message ${i}`, context: { article: null, search: null, page: null, locale: 'en', plan: null, session: null } },
    });
    ids.push(id);
  }
  added += n;
  return ids;
}

const rows = () => db.prepare('SELECT id, status, attempts, last_status, last_error, payload FROM contact_requests ORDER BY id').all() as Array<{ id: string; status: string; attempts: number; last_status: number | null; last_error: string | null; payload: string | null }>;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('contact delivery worker', () => {
  it('gets every request through failures and recovery, once each, signed, one idempotency key per request', async () => {
    openOutbox();
    const port = await freePort();
    const ids = addRequests(6);
    // Nothing listens yet: connection refused until the receiver starts.
    worker = startDeliveryWorker(db, { target: createWebhookTarget({ url: `http://127.0.0.1:${port}/hooks/kb`, secret: SECRET }), ...fast });
    await expect.poll(() => rows().every((r) => r.attempts >= 1 && r.last_error?.includes('ECONNREFUSED')), { timeout: 10_000 }).toBe(true);
    const failures: Reply[] = [500, 'hang', 'close', 503, { status: 502, body: '<html>bad gateway</html>' }, 500, 'close'];
    receiver = await startWebhookReceiver(SECRET, failures, port);
    await expect.poll(() => rows().filter((r) => r.status === 'delivered').length, { timeout: 20_000 }).toBe(6);

    const accepted = receiver.accepted();
    expect([...accepted.keys()].sort()).toEqual(ids);
    for (const [id, copies] of accepted) {
      expect(copies).toHaveLength(1);
      expect(JSON.parse(copies[0]!.body)).toMatchObject({ id, triage: { priority: 'P2', category: 'how-to' } });
    }
    expect(receiver.received.every((r) => r.signed)).toBe(true);
    expect(receiver.received.every((r) => /^\d{10}$/.test(String(r.headers['x-kb-timestamp'])))).toBe(true);
    // Every attempt of a request carried that request's key.
    for (const r of receiver.received) expect(ids).toContain(r.headers['idempotency-key']);
    expect(rows().every((r) => r.payload === null)).toBe(true);
  });

  it('waits out a 429 Retry-After before sending to the target again', async () => {
    openOutbox();
    addRequests(2);
    receiver = await startWebhookReceiver(SECRET, [{ status: 429, headers: { 'retry-after': '1' } }, { status: 429, headers: { 'retry-after': '1' } }]);
    const times: number[] = [];
    const target = createWebhookTarget({ url: receiver.url, secret: SECRET });
    worker = startDeliveryWorker(db, { ...fast, concurrency: 1, target: { ...target, send: (d, s) => (times.push(Date.now()), target.send(d, s)) } });
    await expect.poll(() => rows().filter((r) => r.status === 'delivered').length, { timeout: 10_000 }).toBe(2);
    // After each 429 the next request to the target comes at least a second later.
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(990);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(990);
    expect(receiver.accepted().size).toBe(2);
  });

  it('dead-letters a 400 at once with the target\'s message, and after max attempts; kb contact retry sends them again', async () => {
    openOutbox();
    const [refused, unlucky] = addRequests(2);
    receiver = await startWebhookReceiver(SECRET, [{ status: 400, body: JSON.stringify({ error: 'InvalidRequest', description: 'Requester email is not allowed' }) }]);
    worker = startDeliveryWorker(db, { ...fast, concurrency: 1, maxAttempts: 3, target: createWebhookTarget({ url: receiver.url, secret: SECRET }) });
    await expect.poll(() => rows().find((r) => r.id === refused)?.status, { timeout: 10_000 }).toBe('dead');
    expect(rows().find((r) => r.id === refused)).toMatchObject({ attempts: 1, last_status: 400, last_error: 'HTTP 400: InvalidRequest: Requester email is not allowed' });
    expect(rows().find((r) => r.id === refused)?.payload).not.toBeNull();
    await expect.poll(() => rows().find((r) => r.id === unlucky)?.status, { timeout: 10_000 }).toBe('delivered');

    receiver.script([500, 500, 500]);
    const [third] = addRequests(1);
    worker.wake();
    await expect.poll(() => rows().find((r) => r.id === third)?.status, { timeout: 10_000 }).toBe('dead');
    expect(rows().find((r) => r.id === third)?.last_error).toMatch(/^gave up after 3 attempts; last: HTTP 500/);

    expect(retryContactRequests(db, [], Date.now()).retried.sort()).toEqual([refused, third].sort());
    await expect.poll(() => rows().filter((r) => r.status === 'delivered').length, { timeout: 10_000 }).toBe(3);
    expect(receiver.accepted().size).toBe(3);
  });

  it('sends again, with the same key, what a killed process had claimed', async () => {
    openOutbox();
    const [id] = addRequests(1);
    // A claim left behind by a process that died mid-send.
    db.prepare("UPDATE contact_requests SET status = 'sending', attempts = 1, claimed_until = ? WHERE id = ?").run(Date.now() + 3_600_000, id);
    receiver = await startWebhookReceiver(SECRET);
    worker = startDeliveryWorker(db, { ...fast, target: createWebhookTarget({ url: receiver.url, secret: SECRET }) });
    await expect.poll(() => rows()[0]?.status, { timeout: 10_000 }).toBe('delivered');
    expect(receiver.received.map((r) => r.headers['idempotency-key'])).toEqual([id]);
    expect(rows()[0]?.attempts).toBe(2);
  });
});

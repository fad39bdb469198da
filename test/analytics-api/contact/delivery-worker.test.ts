/**
 * The outbox worker against a real webhook receiver on loopback that fails
 * in every way a target can — 500, no answer (timeout), a dropped
 * connection, connection refused, 429 with Retry-After — and then
 * recovers: every request arrives once with a 2xx, signed, under its own
 * idempotency key on every attempt, and its text is deleted once
 * delivered. A 400 is dead-lettered at once with the target's message, and
 * attempts that run out end dead-lettered too; `kb contact retry` brings
 * them back. On both engines: a SQLite file, and a database in the run's
 * PostgreSQL cluster, where two workers (two instances) share the outbox.
 */
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startDeliveryWorker, type DeliveryWorker } from '../../../analytics-api/contact/delivery-worker.ts';
import { createWebhookTarget } from '../../../analytics-api/contact/targets/webhook-target.ts';
import { retryContactRequests } from '../../../analytics-api/outbox/retry-contact-requests.ts';
import { startWebhookReceiver, type Reply, type WebhookReceiver } from '../../helpers/webhook-receiver.ts';
import { addContactRequests } from '../helpers/contact-requests.ts';
import { testedEngines, useEngineStore } from '../helpers/engine-database.ts';

const SECRET = 'worker-test-secret';
const fast = { maxAttempts: 10, initialDelayMs: 20, maxDelayMs: 200, timeoutMs: 400, concurrency: 2, pollMs: 100 };

type Row = { id: string; status: string; attempts: number; last_status: number | null; last_error: string | null; payload: string | null };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe.each(testedEngines('contact delivery tests (PostgreSQL)'))('contact delivery worker on %s', (engine) => {
  const on = useEngineStore(engine, { resetEach: false });
  let worker: DeliveryWorker | undefined;
  let other: DeliveryWorker | undefined;
  let receiver: WebhookReceiver | undefined;

  afterEach(async () => {
    await worker?.close(100);
    await other?.close(100);
    await receiver?.close();
    worker = other = receiver = undefined;
  });

  async function openOutbox(): Promise<void> {
    added = 0;
    await on.database.reset();
  }

  let added = 0;
  async function addRequests(n: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = added; i < added + n; i++) {
      const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      await addContactRequests(on.store.outbox, {
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

  const rows = () => on.database.rows<Row>('SELECT id, status, attempts, last_status, last_error, payload FROM contact_requests ORDER BY id');
  const find = async (id: string | undefined) => (await rows()).find((r) => r.id === id);

  it('gets every request through failures and recovery, once each, signed, one idempotency key per request', async () => {
    await openOutbox();
    const port = await freePort();
    const ids = await addRequests(6);
    // Nothing listens yet: connection refused until the receiver starts.
    worker = startDeliveryWorker(on.store.outbox, { target: createWebhookTarget({ url: `http://127.0.0.1:${port}/hooks/kb`, secret: SECRET }), ...fast });
    await expect.poll(async () => (await rows()).every((r) => r.attempts >= 1 && r.last_error?.includes('ECONNREFUSED')), { timeout: 10_000 }).toBe(true);
    const failures: Reply[] = [500, 'hang', 'close', 503, { status: 502, body: '<html>bad gateway</html>' }, 500, 'close'];
    receiver = await startWebhookReceiver(SECRET, failures, port);
    await expect.poll(async () => (await rows()).filter((r) => r.status === 'delivered').length, { timeout: 20_000 }).toBe(6);

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
    expect((await rows()).every((r) => r.payload === null)).toBe(true);
  });

  it('waits out a 429 Retry-After before sending to the target again', async () => {
    await openOutbox();
    await addRequests(2);
    receiver = await startWebhookReceiver(SECRET, [{ status: 429, headers: { 'retry-after': '1' } }, { status: 429, headers: { 'retry-after': '1' } }]);
    const times: number[] = [];
    const target = createWebhookTarget({ url: receiver.url, secret: SECRET });
    worker = startDeliveryWorker(on.store.outbox, { ...fast, concurrency: 1, target: { ...target, send: (d, s) => (times.push(Date.now()), target.send(d, s)) } });
    await expect.poll(async () => (await rows()).filter((r) => r.status === 'delivered').length, { timeout: 10_000 }).toBe(2);
    // After each 429 the next request to the target comes at least a second later.
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(990);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(990);
    expect(receiver.accepted().size).toBe(2);
  });

  it('dead-letters a 400 at once with the target\'s message, and after max attempts; kb contact retry sends them again', async () => {
    await openOutbox();
    const [refused, unlucky] = await addRequests(2);
    receiver = await startWebhookReceiver(SECRET, [{ status: 400, body: JSON.stringify({ error: 'InvalidRequest', description: 'Requester email is not allowed' }) }]);
    worker = startDeliveryWorker(on.store.outbox, { ...fast, concurrency: 1, maxAttempts: 3, target: createWebhookTarget({ url: receiver.url, secret: SECRET }) });
    await expect.poll(async () => (await find(refused))?.status, { timeout: 10_000 }).toBe('dead');
    expect(await find(refused)).toMatchObject({ attempts: 1, last_status: 400, last_error: 'HTTP 400: InvalidRequest: Requester email is not allowed' });
    expect((await find(refused))?.payload).not.toBeNull();
    await expect.poll(async () => (await find(unlucky))?.status, { timeout: 10_000 }).toBe('delivered');

    receiver.script([500, 500, 500]);
    const [third] = await addRequests(1);
    worker.wake();
    await expect.poll(async () => (await find(third))?.status, { timeout: 10_000 }).toBe('dead');
    expect((await find(third))?.last_error).toMatch(/^gave up after 3 attempts; last: HTTP 500/);

    expect((await retryContactRequests(on.store.outbox, [], Date.now())).retried.sort()).toEqual([refused, third].sort());
    await expect.poll(async () => (await rows()).filter((r) => r.status === 'delivered').length, { timeout: 10_000 }).toBe(3);
    expect(receiver.accepted().size).toBe(3);
  });

  it('sends again, with the same key, what a killed process had claimed', async () => {
    await openOutbox();
    const [id] = await addRequests(1);
    // A claim left behind by a process that died mid-send: on SQLite (one server per file) released when the
    // service starts; on PostgreSQL (other instances hold live claims) taken again once its lease has run out.
    const claimedUntil = engine === 'sqlite' ? Date.now() + 3_600_000 : Date.now() - 1;
    await on.store.outbox.run("UPDATE contact_requests SET status = 'sending', attempts = 1, claimed_until = @until WHERE id = @id", { until: claimedUntil, id: id! });
    receiver = await startWebhookReceiver(SECRET);
    worker = startDeliveryWorker(on.store.outbox, { ...fast, target: createWebhookTarget({ url: receiver.url, secret: SECRET }) });
    await expect.poll(async () => (await rows())[0]?.status, { timeout: 10_000 }).toBe('delivered');
    expect(receiver.received.map((r) => r.headers['idempotency-key'])).toEqual([id]);
    expect((await rows())[0]?.attempts).toBe(2);
  });
  // PostgreSQL only: instances share its outbox, while a SQLite file has one server.
  if (engine === 'postgres') it('shares one outbox between two instances: each request is claimed by one worker and delivered once, and a live claim is left alone', async () => {
    await openOutbox();
    const [held] = await addRequests(1);
    // Another instance is sending this one right now.
    await on.store.outbox.run("UPDATE contact_requests SET status = 'sending', attempts = 1, claimed_until = @until WHERE id = @id", { until: Date.now() + 3_600_000, id: held! });
    const ids = await addRequests(20);
    receiver = await startWebhookReceiver(SECRET);
    const secondStore = await on.database.open();
    try {
      const target = () => createWebhookTarget({ url: receiver!.url, secret: SECRET });
      worker = startDeliveryWorker(on.store.outbox, { ...fast, concurrency: 3, target: target() });
      other = startDeliveryWorker(secondStore.outbox, { ...fast, concurrency: 3, target: target() });
      await expect.poll(async () => (await rows()).filter((r) => r.status === 'delivered').length, { timeout: 20_000 }).toBe(20);
      const accepted = receiver.accepted();
      expect([...accepted.keys()].sort()).toEqual(ids);
      for (const copies of accepted.values()) expect(copies).toHaveLength(1);
      expect(receiver.received).toHaveLength(20);
      expect(await find(held)).toMatchObject({ status: 'sending', attempts: 1 });
    } finally {
      await other?.close(100);
      other = undefined;
      await secondStore.close();
    }
  });
});

/**
 * What a support team relies on, run as they run it: `kb serve` with the
 * sample config and only `KB_CONTACT_WEBHOOK_URL` / `KB_CONTACT_WEBHOOK_SECRET`
 * set, a receiver that first hangs, then fails (503, 429 with
 * Retry-After) and then recovers, requests posted to `/api/contact`, and
 * the server killed with SIGKILL while deliveries are in flight, then
 * started again on the same database. Every request answered 202 arrives
 * with a 2xx, signed, under its own idempotency key; any repeat carries the
 * same key. On both engines: on PostgreSQL the killed instance's claims
 * are taken again once their lease (the attempt timeout plus 5 s) runs out.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../../helpers/webhook-receiver.ts';
import { createEngineDatabase, testedEngines, type EngineDatabase } from '../helpers/engine-database.ts';

const SECRET = 'kill-test-secret';
const bin = path.resolve('scripts/kb.js');
const children: ChildProcess[] = [];
const databases: EngineDatabase[] = [];
let receiver: WebhookReceiver | undefined;

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await receiver?.close();
  for (const database of databases) await database.close();
});

/** Starts `kb serve --no-site --port 0` on `db` and resolves with its API URL once it listens. */
function serve(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [bin, 'serve', '--no-site', '--port', '0', '--db', db, '--content', 'content'], {
    env: { ...process.env, KB_CONTACT_WEBHOOK_URL: receiver!.url, KB_CONTACT_WEBHOOK_SECRET: SECRET, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const match = /Analytics API at (http:\/\/[^ ]+\/api\/)/.exec(out);
      if (match) resolve({ child, url: match[1]! });
    });
    child.stderr!.resume();
    child.on('exit', (code) => reject(new Error(`kb serve exited (${code}) before listening:\n${out}`)));
  });
}

async function postRequests(url: string, n: number, from: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = from; i < from + n; i++) {
    const response = await fetch(`${url}contact`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `customer${i}@example.org`, subject: `Question ${i}`, message: `How do I do thing ${i}?`, context: { session: `session-kill-${i}` } }),
    });
    if (response.status === 202) ids.push(((await response.json()) as { id: string }).id);
  }
  return ids;
}

describe.each(testedEngines('contact kill -9 test (PostgreSQL)'))('kb serve on %s with webhook delivery from the environment only', (engine) => {
  it('delivers every accepted request through a failing receiver and a kill -9', { timeout: 90_000 }, async () => {
    const database = await createEngineDatabase(engine);
    databases.push(database);
    await receiver?.close();
    receiver = await startWebhookReceiver(SECRET, ['hang', 'hang', 'hang', 'hang', 503, { status: 429, headers: { 'retry-after': '1' } }, 500]);
    const first = await serve(database.location);
    const before = await postRequests(first.url, 8, 0);
    expect(before).toHaveLength(8);
    // Kill while attempts hang: their rows are claimed and were never answered.
    await expect.poll(() => receiver!.received.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    const second = await serve(database.location);
    const after = await postRequests(second.url, 6, 100);
    expect(after).toHaveLength(6);
    const accepted = [...before, ...after];

    await expect.poll(() => receiver!.accepted().size, { timeout: 60_000, interval: 250 }).toBe(accepted.length);
    const delivered = receiver.accepted();
    expect([...delivered.keys()].sort()).toEqual([...accepted].sort());
    for (const [id, copies] of delivered) {
      // At least once; a repeat only with the same key and the same request.
      for (const copy of copies) expect((JSON.parse(copy.body) as { id: string }).id).toBe(id);
    }
    expect(receiver.received.every((r) => r.signed)).toBe(true);
    for (const r of receiver.received) expect(accepted).toContain(String(r.headers['idempotency-key']));
    second.child.kill('SIGTERM');
    await new Promise((resolve) => second.child.once('exit', resolve));
  });
});

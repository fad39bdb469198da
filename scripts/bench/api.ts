/**
 * `npm run bench:api`: throughput and latency of `POST /api/events` with
 * single-event batches, against two floors measured in the same run:
 * - `validate`: a Hono endpoint that parses and validates the same body
 *   with the same zod schema and answers 202 without storing (the gap to it
 *   is the cost of storage, hashing and the API's middleware);
 * - `noop`: a Hono endpoint that answers 204 to anything.
 * Each target runs in its own child process (so the load generator does not
 * share its event loop) on loopback. Each target gets `--duration` seconds
 * of load in total, split over `--rounds` rounds that alternate the targets,
 * so other work on a shared machine affects all three alike. The storage
 * server's RSS is sampled every second while it is under load. At the end
 * the database is opened and the stored rows are compared with the 2xx
 * answers.
 *
 * Then `POST /api/contact` is loaded for `--contact-duration` seconds on a
 * server that delivers to a webhook receiver (its own child process)
 * while it accepts: requests accepted per second (each committed to the
 * outbox with its event before its 202), how many were delivered during
 * the load, and whether every accepted one reached the receiver once the
 * outbox drained. The contact rate limit is raised here, as for events.
 *
 *   node scripts/bench/api.ts [--duration 60] [--rounds 3] [--connections 32] [--contact-duration 20] [--out FILE]
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { Hono } from 'hono';
import { eventBatchSchema } from '../../analytics-api/events/event-schema.ts';
import { resolveContactSettings } from '../../analytics-api/contact/contact-settings.ts';
import { loadConfig } from '../../plugins/config/load-config.ts';
import { supportSettings } from '../../plugins/config/support-config.ts';
import { createServer as createHttpServer } from 'node:http';
import { startServer } from '../../analytics-api/server.ts';
import type { ServiceSettings } from '../../analytics-api/service-settings.ts';

type Mode = 'storage' | 'validate' | 'noop' | 'contact' | 'receiver';

interface ChildMessage {
  port?: number;
  rss?: number;
  /** Receiver: requests received and distinct idempotency keys so far. */
  received?: number;
  keys?: number;
}

/** The parts of autocannon's result this benchmark reads. */
interface LoadResult {
  '2xx': number;
  non2xx: number;
  errors: number;
  requests: { total: number };
  latency: { p50: number; p90: number; p99: number; max: number };
}

interface TargetResult {
  events_per_s: number;
  requests: number;
  ok: number;
  non_2xx: number;
  errors: number;
  latency_ms: { p50: number; p90: number; p99: number; max: number };
}

const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '32' },
    rounds: { type: 'string', default: '3' },
    out: { type: 'string' },
    serve: { type: 'string' },
    db: { type: 'string' },
    'contact-duration': { type: 'string', default: '20' },
    webhook: { type: 'string' },
  },
});

const CONTACT_SECRET = 'bench-secret';

if (values.serve === 'receiver') await serveReceiver();
else if (values.serve !== undefined) await serveTarget(values.serve as Mode, values.db);
else await main();

/** Child process: a webhook receiver that answers 200 and reports what it got. */
async function serveReceiver(): Promise<void> {
  let received = 0;
  const keys = new Set<string>();
  const server = createHttpServer((request, response) => {
    request.resume();
    request.on('end', () => {
      received++;
      keys.add(String(request.headers['idempotency-key']));
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address !== null ? address.port : 0 });
  const reporter = setInterval(() => process.send?.({ received, keys: keys.size }), 250);
  process.once('SIGTERM', () => {
    clearInterval(reporter);
    server.close(() => process.exit(0));
  });
}

/** Child process: serve one target on a free port and report RSS every second. */
async function serveTarget(mode: Mode, db: string | undefined): Promise<void> {
  let close: () => Promise<void>;
  let port: number;
  if (mode === 'storage' || mode === 'contact') {
    const config = loadConfig(path.resolve('content'));
    const contact =
      mode === 'contact'
        ? {
            ...resolveContactSettings(config.contact, supportSettings(config), { KB_CONTACT_WEBHOOK_URL: values.webhook, KB_CONTACT_WEBHOOK_SECRET: CONTACT_SECRET }),
            // One loopback client sends every request: the contact limit is raised out of reach here.
            rateLimit: { requestsPerMinute: 100_000_000, burst: 1_000_000 },
          }
        : undefined;
    const settings: ServiceSettings = {
      contact,
      siteUrl: 'http://127.0.0.1',
      token: undefined,
      allowedOrigins: [],
      trustedProxies: [],
      respectDnt: true,
      respectGpc: true,
      dropBots: true,
      // One loopback client sends everything here, so the per-client limit is set out of reach.
      rateLimit: { requestsPerMinute: 100_000_000, burst: 1_000_000 },
      // The daily budget still runs on every request, out of reach for the same reason.
      eventsPerDay: 1_000_000_000,
      maxClockSkewMs: 86_400_000,
      retentionMonths: 13,
    };
    const server = await startServer({ port: 0, db: db ?? 'bench.db', site: false, settings, log: () => {}, synchronous: config.analytics.synchronous });
    port = server.port;
    close = () => server.close();
  } else {
    const app = new Hono();
    if (mode === 'validate') {
      app.post('/api/events', async (c) => {
        let body: unknown;
        try {
          body = JSON.parse(await c.req.text());
        } catch {
          return c.json({ error: { code: 'invalid_json', message: 'bad JSON' } }, 400);
        }
        const parsed = eventBatchSchema.safeParse(body);
        if (!parsed.success) return c.json({ error: { code: 'invalid_events', message: parsed.error.message } }, 400);
        return c.json({ accepted: parsed.data.length }, 202);
      });
    } else {
      app.all('*', (c) => c.body(null, 204));
    }
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const created = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(created));
    });
    const address = server.address();
    port = typeof address === 'object' && address !== null ? address.port : 0;
    close = () => new Promise((resolve) => server.close(() => resolve()));
  }
  const send = (message: ChildMessage) => process.send?.(message);
  send({ port });
  const sampler = setInterval(() => send({ rss: process.memoryUsage().rss }), 1000);
  process.once('SIGTERM', () => {
    clearInterval(sampler);
    void close().then(() => process.exit(0));
  });
}

interface Child {
  mode: Mode;
  process: ChildProcess;
  url: string;
  rss: number[];
  recording: boolean;
}

interface Totals {
  ok: number;
  requests: number;
  non2xx: number;
  errors: number;
  seconds: number;
  p50: number[];
  p90: number[];
  p99: number[];
  max: number[];
}

async function main(): Promise<void> {
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const rounds = Math.max(1, Number(values.rounds));
  const segment = duration / rounds;
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-bench-api-'));
  const dbFile = path.join(dir, 'analytics.db');
  const children: Child[] = [];
  try {
    for (const mode of ['noop', 'validate', 'storage'] as const) children.push(await startChild(mode, mode === 'storage' ? dbFile : undefined));
    const totals = new Map<Mode, Totals>();
    for (const child of children) totals.set(child.mode, { ok: 0, requests: 0, non2xx: 0, errors: 0, seconds: 0, p50: [], p90: [], p99: [], max: [] });
    let warmUpOk = 0;
    for (const child of children) {
      process.stderr.write(`${child.mode}: warming up…\n`);
      // The storage server warms up longer: V8 sizes its heap to the allocation rate in the first seconds of load.
      const warm = await load(child.url, child.mode === 'storage' ? Math.min(15, duration) : Math.min(5, duration), connections);
      if (child.mode === 'storage') warmUpOk = warm['2xx'];
    }
    // Rounds alternate the targets, so load from other processes on a shared machine hits all three alike.
    for (let round = 0; round < rounds; round++) {
      const order = [...children.slice(round % 3), ...children.slice(0, round % 3)];
      for (const child of order) {
        process.stderr.write(`round ${round + 1}/${rounds}: ${child.mode}, ${segment} s with ${connections} connections…\n`);
        child.recording = true;
        const raw = await load(child.url, segment, connections);
        child.recording = false;
        const total = totals.get(child.mode);
        if (total === undefined) continue;
        total.ok += raw['2xx'];
        total.requests += raw.requests.total;
        total.non2xx += raw.non2xx;
        total.errors += raw.errors;
        total.seconds += segment;
        total.p50.push(raw.latency.p50);
        total.p90.push(raw.latency.p90);
        total.p99.push(raw.latency.p99);
        total.max.push(raw.latency.max);
      }
    }
    const rssSamples = children.find((child) => child.mode === 'storage')?.rss ?? [];
    for (const child of children.splice(0)) await stop(child.process);

    const db = new Database(dbFile, { readonly: true });
    const stored = db.prepare('SELECT COUNT(*) FROM events').pluck().get() as number;
    db.close();
    const contact = await benchContact(path.join(dir, 'contact.db'), Number(values['contact-duration']), connections);

    const summarize = (mode: Mode): TargetResult => {
      const total = totals.get(mode);
      if (total === undefined) throw new Error(`no results for ${mode}`);
      return {
        events_per_s: Math.round(total.ok / total.seconds),
        requests: total.requests,
        ok: total.ok,
        non_2xx: total.non2xx,
        errors: total.errors,
        // The worst round for the tail, the median round for the middle.
        latency_ms: { p50: median(total.p50), p90: median(total.p90), p99: Math.max(...total.p99), max: Math.max(...total.max) },
      };
    };
    const storage = summarize('storage');
    const validate = summarize('validate');
    const noop = summarize('noop');

    const rss = rssSamples.map((bytes) => bytes / 1024 / 1024);
    const third = Math.max(1, Math.floor(rss.length / 3));
    const early = median(rss.slice(0, third));
    const late = median(rss.slice(-third));
    const ratio = storage.events_per_s / validate.events_per_s;
    const memory = {
      samples: rss.length,
      rss_first_third_mb: round(early),
      rss_last_third_mb: round(late),
      rss_max_mb: round(Math.max(...rss)),
      growth_mb_per_min: round(slope(rss) * 60),
      // Flat: the last third of the storage load within 10% (or 5 MB) of the first third.
      flat: late <= early * 1.1 || late - early <= 5,
      rss_samples_mb: rss.map((mb) => round(mb)),
    };
    // autocannon drops the requests still in flight when a round ends; they may be stored unanswered.
    const acknowledged = storage.ok + warmUpOk;
    const result = {
      name: 'api',
      date: new Date().toISOString(),
      node: process.version,
      cpus: cpus().length,
      duration_s: duration,
      rounds,
      connections,
      events_per_s: storage.events_per_s,
      p99_ms: storage.latency_ms.p99,
      ratio_to_validate_floor: round(ratio, 3),
      acknowledged,
      stored,
      memory,
      targets: {
        events_per_s: { min: 5000, pass: storage.events_per_s >= 5000 },
        p99_ms: { max: 20, pass: storage.latency_ms.p99 < 20 },
        ratio_to_validate_floor: { min: 0.7, pass: ratio >= 0.7 },
        memory_flat: { pass: memory.flat },
        every_acknowledged_stored: { pass: stored >= acknowledged && stored <= acknowledged + (rounds + 1) * connections },
        contact_accepted_per_s: { min: 500, pass: contact.accepted_per_s >= 500 },
        contact_every_accepted_delivered: { pass: contact.every_accepted_delivered },
      },
      contact,
      storage,
      validate_floor: validate,
      noop_floor: noop,
    };
    printSummary(result);
    if (values.out !== undefined) writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
    if (!Object.values(result.targets).every((target) => target.pass)) process.exitCode = 1;
  } finally {
    for (const child of children) await stop(child.process);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts `mode` in a child process and waits for its port. */
async function startChild(mode: Mode, db?: string): Promise<Child> {
  const child = fork(new URL(import.meta.url).pathname, ['--serve', mode, ...(db ? ['--db', db] : [])], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const state: Child = { mode, process: child, url: '', rss: [], recording: false };
  const port = await new Promise<number>((resolve, reject) => {
    child.on('message', (message: ChildMessage) => {
      if (message.port !== undefined) resolve(message.port);
      if (message.rss !== undefined && state.recording) state.rss.push(message.rss);
    });
    child.once('exit', (code) => reject(new Error(`the ${mode} server exited with code ${code}`)));
  });
  state.url = `http://127.0.0.1:${port}/api/events`;
  return state;
}

/**
 * `POST /api/contact` under load while the worker delivers to a receiver
 * in another process; then the outbox is left to drain and compared with
 * what the receiver got.
 */
async function benchContact(dbFile: string, duration: number, connections: number) {
  const receiver = fork(new URL(import.meta.url).pathname, ['--serve', 'receiver'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const counts = { received: 0, keys: 0 };
  const receiverPort = await new Promise<number>((resolve) => {
    receiver.on('message', (message: ChildMessage) => {
      if (message.port !== undefined) resolve(message.port);
      if (message.received !== undefined) counts.received = message.received;
      if (message.keys !== undefined) counts.keys = message.keys;
    });
  });
  const server = fork(new URL(import.meta.url).pathname, ['--serve', 'contact', '--db', dbFile, '--webhook', `http://127.0.0.1:${receiverPort}/hook`], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve) => server.on('message', (message: ChildMessage) => message.port !== undefined && resolve(message.port)));
  try {
    const body = JSON.stringify({
      email: 'customer@example.org',
      name: 'Bench Customer',
      subject: 'The export to payroll shows an error',
      message: 'Since Monday the payroll export fails with an error message. We pay on Friday; what can we do?',
      context: { article: 'export-timesheets', search: 'payroll export', page: '/contact/', locale: 'en', session: 'benchsession01' },
    });
    process.stderr.write(`contact: ${duration} s with ${connections} connections while delivering…\n`);
    const raw = await (autocannon as unknown as (options: object) => Promise<LoadResult>)({
      url: `http://127.0.0.1:${port}/api/contact`,
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT },
      connections,
      duration,
    });
    const deliveredDuringLoad = counts.keys;
    const drainStart = Date.now();
    const accepted = (): number => {
      const db = new Database(dbFile, { readonly: true });
      try {
        return db.prepare('SELECT COUNT(*) FROM contact_requests').pluck().get() as number;
      } finally {
        db.close();
      }
    };
    const total = accepted();
    while (counts.keys < total && Date.now() - drainStart < 120_000) await new Promise((resolve) => setTimeout(resolve, 250));
    return {
      accepted_per_s: Math.round(raw['2xx'] / duration),
      acknowledged: raw['2xx'],
      stored: total,
      non_2xx: raw.non2xx,
      errors: raw.errors,
      latency_ms: { p50: raw.latency.p50, p99: raw.latency.p99 },
      delivered_during_load: deliveredDuringLoad,
      delivered_per_s_during_load: Math.round(deliveredDuringLoad / duration),
      drain_s: round((Date.now() - drainStart) / 1000),
      received: counts.received,
      delivered_keys: counts.keys,
      every_accepted_delivered: counts.keys >= total && total >= raw['2xx'],
    };
  } finally {
    await stop(server);
    await stop(receiver);
  }
}

/** Single-event batches, as the tracker sends a lone page view. The warm-up's events are stored too and counted in `stored`. */
function load(url: string, duration: number, connections: number): Promise<LoadResult> {
  const body = JSON.stringify([{ type: 'view', session: 'benchsession01', ts: Date.now(), article: 'reset-your-password' }]);
  return (autocannon as unknown as (options: object) => Promise<LoadResult>)({
    url,
    method: 'POST',
    body,
    headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': USER_AGENT },
    connections,
    duration,
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function printSummary(result: {
  events_per_s: number;
  p99_ms: number;
  ratio_to_validate_floor: number;
  acknowledged: number;
  stored: number;
  memory: { rss_first_third_mb: number; rss_last_third_mb: number; rss_max_mb: number; growth_mb_per_min: number; flat: boolean };
  storage: TargetResult;
  validate_floor: TargetResult;
  noop_floor: TargetResult;
  targets: Record<string, { pass: boolean }>;
  contact: Awaited<ReturnType<typeof benchContact>>;
}): void {
  const row = (label: string, r: TargetResult) =>
    `${label.padEnd(28)} ${String(r.events_per_s).padStart(8)}/s   p50 ${String(r.latency_ms.p50).padStart(3)} ms   p99 ${String(r.latency_ms.p99).padStart(3)} ms   non-2xx ${r.non_2xx}   errors ${r.errors}`;
  const lines = [
    row('POST /api/events (stored)', result.storage),
    row('floor: parse + validate', result.validate_floor),
    row('floor: 204 to anything', result.noop_floor),
    `ratio to the no-storage floor: ${result.ratio_to_validate_floor}`,
    `acknowledged ${result.acknowledged}, stored ${result.stored} (warm-up included; the difference is requests in flight when a round ended)`,
    `POST /api/contact: ${result.contact.accepted_per_s}/s accepted (p50 ${result.contact.latency_ms.p50} ms, p99 ${result.contact.latency_ms.p99} ms, non-2xx ${result.contact.non_2xx}) while delivering ${result.contact.delivered_per_s_during_load}/s; ` +
      `${result.contact.acknowledged} acknowledged, ${result.contact.stored} in the outbox, ${result.contact.delivered_keys} delivered (${result.contact.received} webhook calls) after ${result.contact.drain_s} s of draining`,
    `server RSS: first third ${result.memory.rss_first_third_mb} MB, last third ${result.memory.rss_last_third_mb} MB, max ${result.memory.rss_max_mb} MB, trend ${result.memory.growth_mb_per_min} MB/min (${result.memory.flat ? 'flat' : 'growing'})`,
    `targets: ${Object.entries(result.targets)
      .map(([name, target]) => `${name} ${target.pass ? 'pass' : 'FAIL'}`)
      .join(', ')}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? 0 : sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Least-squares slope per sample (samples are one second apart). */
function slope(values: number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  values.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  return num / den;
}

function round(value: number, digits = 1): number {
  return Number(value.toFixed(digits));
}

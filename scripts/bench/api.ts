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
 * answers. Every request carries a fresh `event_id`, as the tracker's do.
 *
 * Then PostgreSQL (a throwaway cluster on loopback, or `--pg-url`): 1, 2
 * and 4 `kb serve` instances on one database, each load split evenly over
 * the instances, in alternating rounds as above, with the same figures per
 * configuration (events/s, p99, RSS per instance, stored ≥ acknowledged).
 * Last, the read API's 90-day stats over `--pg-events` generated events
 * (default 10 million, made in the server with generate_series) after the
 * daily rollups: how long each stats endpoint takes.
 *
 * After the SQLite rounds, `POST /api/contact` is loaded for `--contact-duration` seconds on a
 * server that delivers to a webhook receiver (its own child process)
 * while it accepts: requests accepted per second (each committed to the
 * outbox with its event before its 202), how many were delivered during
 * the load, and whether every accepted one reached the receiver once the
 * outbox drained. The contact rate limit is raised here, as for events.
 *
 *   node scripts/bench/api.ts [--duration 60] [--rounds 3] [--connections 32] [--contact-duration 20] [--pg-events 10000000] [--no-postgres] [--pg-url URL] [--out FILE]
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { Hono } from 'hono';
import pg from 'pg';
import { createApp } from '../../analytics-api/app.ts';
import { openStore } from '../../analytics-api/store/open-store.ts';
import { createPool } from '../../analytics-api/store/postgres/postgres-pool.ts';
import { generatePostgresEvents } from './lib/generate-postgres-events.ts';
import { clusterUnavailableReason, startPostgresCluster, type PostgresCluster } from './lib/postgres-cluster.ts';
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

const DAY_MS = 86_400_000;
const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '32' },
    rounds: { type: 'string', default: '3' },
    out: { type: 'string' },
    serve: { type: 'string' },
    db: { type: 'string' },
    'pg-events': { type: 'string', default: '10000000' },
    'pg-url': { type: 'string' },
    'no-postgres': { type: 'boolean', default: false },
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

/** One load target: a single server (SQLite, the floors) or several instances on one PostgreSQL database. */
interface Target {
  name: string;
  children: Child[];
  totals: Totals;
  warmUpOk: number;
}

function emptyTotals(): Totals {
  return { ok: 0, requests: 0, non2xx: 0, errors: 0, seconds: 0, p50: [], p90: [], p99: [], max: [] };
}

/** Runs `rounds` rounds over `targets` in rotating order, `segment` seconds each, after a warm-up. */
async function runRounds(targets: Target[], rounds: number, segment: number, connections: number, warmUp: (target: Target) => number): Promise<void> {
  for (const target of targets) {
    process.stderr.write(`${target.name}: warming up…\n`);
    target.warmUpOk = (await load(target.children.map((child) => child.url), warmUp(target), connections))['2xx'];
  }
  // Rounds alternate the targets, so load from other processes on a shared machine hits all of them alike.
  for (let round = 0; round < rounds; round++) {
    const order = [...targets.slice(round % targets.length), ...targets.slice(0, round % targets.length)];
    for (const target of order) {
      process.stderr.write(`round ${round + 1}/${rounds}: ${target.name}, ${segment} s with ${connections} connections…\n`);
      for (const child of target.children) child.recording = true;
      const raw = await load(target.children.map((child) => child.url), segment, connections);
      for (const child of target.children) child.recording = false;
      const total = target.totals;
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
}

function summarize(total: Totals): TargetResult {
  return {
    events_per_s: Math.round(total.ok / total.seconds),
    requests: total.requests,
    ok: total.ok,
    non_2xx: total.non2xx,
    errors: total.errors,
    // The worst round for the tail, the median round for the middle.
    latency_ms: { p50: median(total.p50), p90: median(total.p90), p99: Math.max(...total.p99), max: Math.max(...total.max) },
  };
}

/** RSS of one server over its loaded rounds; flat = the last third within 10% (or 5 MB) of the first. */
function memoryOf(samples: number[]) {
  const rss = samples.map((bytes) => bytes / 1024 / 1024);
  const third = Math.max(1, Math.floor(rss.length / 3));
  const early = median(rss.slice(0, third));
  const late = median(rss.slice(-third));
  return {
    samples: rss.length,
    rss_first_third_mb: round(early),
    rss_last_third_mb: round(late),
    rss_max_mb: round(Math.max(...rss)),
    growth_mb_per_min: round(slope(rss) * 60),
    flat: late <= early * 1.1 || late - early <= 5,
    rss_samples_mb: rss.map((mb) => round(mb)),
  };
}

async function main(): Promise<void> {
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const rounds = Math.max(1, Number(values.rounds));
  const segment = duration / rounds;
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-bench-api-'));
  const dbFile = path.join(dir, 'analytics.db');
  const children: Child[] = [];
  let cluster: PostgresCluster | undefined;
  try {
    const targets: Target[] = [];
    for (const mode of ['noop', 'validate', 'storage'] as const) {
      const child = await startChild(mode, mode === 'storage' ? dbFile : undefined);
      children.push(child);
      targets.push({ name: mode === 'storage' ? 'SQLite, 1 instance' : mode, children: [child], totals: emptyTotals(), warmUpOk: 0 });
    }
    // The storage server warms up longer: V8 sizes its heap to the allocation rate in the first seconds of load.
    await runRounds(targets, rounds, segment, connections, (target) => Math.min(target.name.startsWith('SQLite') ? 15 : 5, duration));
    const [noopTarget, validateTarget, sqliteTarget] = targets as [Target, Target, Target];
    const rssSamples = sqliteTarget.children[0]?.rss ?? [];
    for (const child of children.splice(0)) await stop(child.process);

    const db = new Database(dbFile, { readonly: true });
    const stored = db.prepare('SELECT COUNT(*) FROM events').pluck().get() as number;
    db.close();
    const contact = await benchContact(path.join(dir, 'contact.db'), Number(values['contact-duration']), connections);

    const storage = summarize(sqliteTarget.totals);
    const validate = summarize(validateTarget.totals);
    const noop = summarize(noopTarget.totals);
    const memory = memoryOf(rssSamples);
    const ratio = storage.events_per_s / validate.events_per_s;
    // autocannon drops the requests still in flight when a round ends; they may be stored unanswered.
    const acknowledged = storage.ok + sqliteTarget.warmUpOk;

    let postgres: PostgresResult | { skipped: string } | undefined;
    if (values['no-postgres']) postgres = { skipped: '--no-postgres' };
    else {
      const reason = values['pg-url'] ? undefined : clusterUnavailableReason();
      if (reason !== undefined) {
        process.stderr.write(`SKIPPED the PostgreSQL rows: ${reason}.\n`);
        postgres = { skipped: reason };
      } else {
        let adminUrl = values['pg-url'];
        if (adminUrl === undefined) {
          cluster = await startPostgresCluster();
          adminUrl = cluster.url;
        }
        postgres = await benchPostgres(adminUrl, { rounds, segment, connections, duration, events: Number(values['pg-events']), children });
      }
    }

    const pgTargets = postgres !== undefined && 'instances' in postgres ? postgres.targets : {};
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
        ...pgTargets,
        contact_accepted_per_s: { min: 500, pass: contact.accepted_per_s >= 500 },
        contact_every_accepted_delivered: { pass: contact.every_accepted_delivered },
      },
      contact,
      storage,
      validate_floor: validate,
      noop_floor: noop,
      postgres,
    };
    printSummary(result);
    if (values.out !== undefined) writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
    if (!Object.values(result.targets).every((target) => target.pass)) process.exitCode = 1;
  } finally {
    for (const child of children) await stop(child.process);
    cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface InstancesResult extends TargetResult {
  instances: number;
  acknowledged: number;
  stored: number;
  memory: Array<ReturnType<typeof memoryOf>>;
}

interface PostgresResult {
  instances: InstancesResult[];
  /** events/s of 2 and 4 instances over 1. */
  scaling: { two_over_one: number; four_over_one: number };
  stats_query: StatsQueryResult;
  targets: Record<string, { pass: boolean; min?: number; max?: number }>;
}

interface StatsQueryResult {
  events: number;
  days: number;
  generate_s: number;
  rollup_s: number;
  /** Median of three runs per endpoint, in ms, through the API (JSON included). */
  endpoints_ms: Record<string, number>;
  rows_per_day_after_rollup: number;
}

async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.href;
}

async function countEvents(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM events')).rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

async function benchPostgres(
  adminUrl: string,
  options: { rounds: number; segment: number; connections: number; duration: number; events: number; children: Child[] },
): Promise<PostgresResult> {
  const counts = [1, 2, 4];
  const targets: Target[] = [];
  const urls = new Map<Target, string>();
  for (const count of counts) {
    const url = await createDatabase(adminUrl, `kb_bench_${count}`);
    // The first instance migrates; the others start together afterwards, as a rolling deploy would.
    const instances: Child[] = [await startChild('storage', url)];
    instances.push(...(await Promise.all(Array.from({ length: count - 1 }, () => startChild('storage', url)))));
    options.children.push(...instances);
    const target: Target = { name: `PostgreSQL, ${count} instance${count === 1 ? '' : 's'}`, children: instances, totals: emptyTotals(), warmUpOk: 0 };
    targets.push(target);
    urls.set(target, url);
  }
  await runRounds(targets, options.rounds, options.segment, options.connections, () => Math.min(15, options.duration));
  const instances: InstancesResult[] = [];
  for (const target of targets) {
    const memory = target.children.map((child) => memoryOf(child.rss));
    for (const child of target.children) await stop(child.process);
    const summary = summarize(target.totals);
    instances.push({ instances: target.children.length, ...summary, acknowledged: summary.ok + target.warmUpOk, stored: await countEvents(urls.get(target) ?? ''), memory });
  }
  const [one, two, four] = instances as [InstancesResult, InstancesResult, InstancesResult];
  const statsQuery = await benchStatsQuery(adminUrl, options.events);
  const slowest = Math.max(...Object.values(statsQuery.endpoints_ms));
  const scaling = { two_over_one: round(two.events_per_s / one.events_per_s, 3), four_over_one: round(four.events_per_s / one.events_per_s, 3) };
  return {
    instances,
    scaling,
    stats_query: statsQuery,
    targets: {
      pg_two_instances_vs_one: { min: 1.0, pass: scaling.two_over_one >= 1.0 },
      pg_p99_ms: { max: 50, pass: instances.every((row) => row.latency_ms.p99 < 50) },
      pg_memory_flat: { pass: instances.every((row) => row.memory.every((m) => m.flat)) },
      pg_every_acknowledged_stored: { pass: instances.every((row) => row.stored >= row.acknowledged) },
      pg_90_day_stats_ms: { max: 500, pass: slowest <= 500 },
    },
  };
}

/** The read API's stats for the last 90 days over `events` generated events, after the daily rollups. */
async function benchStatsQuery(adminUrl: string, events: number): Promise<StatsQueryResult> {
  const url = await createDatabase(adminUrl, 'kb_bench_stats');
  const store = await openStore(url);
  try {
    const now = Date.now();
    const days = 90;
    process.stderr.write(`stats query: generating ${events} events over ${days} days…\n`);
    let started = performance.now();
    const pool = (store as unknown as { pool: pg.Pool }).pool;
    // Generating (and analyzing) millions of rows takes longer than a request's timeouts allow.
    const generator = createPool(url, { max: 1, upkeep: true });
    try {
      await generatePostgresEvents(generator, events, days, now, (done) => process.stderr.write(`  ${done} events\n`));
    } finally {
      await generator.end();
    }
    const generateS = (performance.now() - started) / 1000;
    process.stderr.write('stats query: rolling up the completed days…\n');
    started = performance.now();
    await store.maintain(now);
    const rollupS = (performance.now() - started) / 1000;
    const rolledRows = Number((await pool.query<{ n: string }>('SELECT (SELECT count(*) FROM daily_article_stats) + (SELECT count(*) FROM daily_search_stats) + (SELECT count(*) FROM daily_session_stats) AS n')).rows[0]?.n ?? 0);
    const app = createApp({
      store,
      settings: {
        siteUrl: 'http://127.0.0.1', token: 'bench-token-0123456789', allowedOrigins: [], trustedProxies: [], respectDnt: true, respectGpc: true, dropBots: true,
        rateLimit: { requestsPerMinute: 1_000_000, burst: 1_000_000 }, eventsPerDay: 1_000_000, maxClockSkewMs: DAY_MS, retentionMonths: 13,
      },
    });
    const from = new Date(now - (days - 1) * DAY_MS).toISOString().slice(0, 10);
    const to = new Date(now).toISOString().slice(0, 10);
    const endpointsMs: Record<string, number> = {};
    for (const endpoint of ['articles', 'searches', 'deflection']) {
      const times: number[] = [];
      for (let run = 0; run < 3; run++) {
        const begun = performance.now();
        const response = await app.request(`/api/stats/${endpoint}?from=${from}&to=${to}`, { headers: { authorization: 'Bearer bench-token-0123456789' } });
        await response.text();
        if (response.status !== 200) throw new Error(`/api/stats/${endpoint} answered ${response.status}`);
        times.push(performance.now() - begun);
      }
      endpointsMs[endpoint] = round(median(times), 1);
    }
    return { events, days, generate_s: round(generateS), rollup_s: round(rollupS), endpoints_ms: endpointsMs, rows_per_day_after_rollup: Math.round(rolledRows / days) };
  } finally {
    await store.close();
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
 * Single-event batches, as the tracker sends a lone page view, each with a
 * new event id; the connections are split evenly over `urls` (the
 * instances behind a load balancer) and the results added up, the worst
 * instance's latency counting. The warm-up's events are stored too and
 * counted in `stored`.
 */
async function load(urls: readonly string[], duration: number, connections: number): Promise<LoadResult> {
  const results = await Promise.all(
    urls.map((url, index) => {
      const share = Math.floor(connections / urls.length) + (index < connections % urls.length ? 1 : 0);
      return (autocannon as unknown as (options: object) => Promise<LoadResult>)({
        url,
        method: 'POST',
        headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': USER_AGENT },
        requests: [
          {
            method: 'POST',
            setupRequest: (request: { body?: string }) => ({
              ...request,
              body: JSON.stringify([{ type: 'view', session: 'benchsession01', ts: Date.now(), article: 'reset-your-password', event_id: randomUUID() }]),
            }),
          },
        ],
        connections: Math.max(1, share),
        duration,
      });
    }),
  );
  const sum = (pick: (result: LoadResult) => number) => results.reduce((total, result) => total + pick(result), 0);
  const worst = (pick: (result: LoadResult) => number) => Math.max(...results.map(pick));
  return {
    '2xx': sum((r) => r['2xx']),
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    requests: { total: sum((r) => r.requests.total) },
    latency: { p50: worst((r) => r.latency.p50), p90: worst((r) => r.latency.p90), p99: worst((r) => r.latency.p99), max: worst((r) => r.latency.max) },
  };
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
  postgres: PostgresResult | { skipped: string } | undefined;
  targets: Record<string, { pass: boolean }>;
  contact: Awaited<ReturnType<typeof benchContact>>;
}): void {
  const row = (label: string, r: TargetResult) =>
    `${label.padEnd(32)} ${String(r.events_per_s).padStart(8)}/s   p50 ${String(r.latency_ms.p50).padStart(3)} ms   p99 ${String(r.latency_ms.p99).padStart(3)} ms   non-2xx ${r.non_2xx}   errors ${r.errors}`;
  const lines = [
    row('POST /api/events (SQLite)', result.storage),
    row('floor: parse + validate', result.validate_floor),
    row('floor: 204 to anything', result.noop_floor),
    `ratio to the no-storage floor: ${result.ratio_to_validate_floor}`,
    `acknowledged ${result.acknowledged}, stored ${result.stored} (warm-up included; the difference is requests in flight when a round ended)`,
    `POST /api/contact: ${result.contact.accepted_per_s}/s accepted (p50 ${result.contact.latency_ms.p50} ms, p99 ${result.contact.latency_ms.p99} ms, non-2xx ${result.contact.non_2xx}) while delivering ${result.contact.delivered_per_s_during_load}/s; ` +
      `${result.contact.acknowledged} acknowledged, ${result.contact.stored} in the outbox, ${result.contact.delivered_keys} delivered (${result.contact.received} webhook calls) after ${result.contact.drain_s} s of draining`,
    `server RSS: first third ${result.memory.rss_first_third_mb} MB, last third ${result.memory.rss_last_third_mb} MB, max ${result.memory.rss_max_mb} MB, trend ${result.memory.growth_mb_per_min} MB/min (${result.memory.flat ? 'flat' : 'growing'})`,
  ];
  const pgResult = result.postgres;
  if (pgResult !== undefined && 'instances' in pgResult) {
    for (const instances of pgResult.instances) {
      lines.push(row(`POST /api/events (PostgreSQL ×${instances.instances})`, instances));
      lines.push(
        `  acknowledged ${instances.acknowledged}, stored ${instances.stored}; RSS per instance ${instances.memory.map((m) => `${m.rss_first_third_mb}→${m.rss_last_third_mb} MB`).join(', ')}`,
      );
    }
    lines.push(`PostgreSQL scaling: 2 instances ${pgResult.scaling.two_over_one}× one, 4 instances ${pgResult.scaling.four_over_one}× one`);
    const q = pgResult.stats_query;
    lines.push(
      `90-day stats over ${q.events} events (${q.rows_per_day_after_rollup} rollup rows a day; generated in ${q.generate_s} s, rolled up in ${q.rollup_s} s): ${Object.entries(q.endpoints_ms)
        .map(([name, ms]) => `${name} ${ms} ms`)
        .join(', ')}`,
    );
  } else if (pgResult !== undefined) {
    lines.push(`PostgreSQL rows skipped: ${pgResult.skipped}`);
  }
  lines.push(
    `targets: ${Object.entries(result.targets)
      .map(([name, target]) => `${name} ${target.pass ? 'pass' : 'FAIL'}`)
      .join(', ')}`,
  );
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

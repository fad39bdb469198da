/**
 * Support benchmarks: triage of 100,000 tickets (target ≤ 10 s) and one
 * week's dashboard over them (target ≤ 5 s), on generated tickets spread
 * over 90 days. `npm run bench:reports` runs the same stage functions on
 * its imported Zendesk export (`lib/report-stages.ts`); run on its own this
 * file generates canonical tickets and prints the timings:
 *
 *   node scripts/bench/support.ts [--count 100000] [--runs 3]
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { parseConfig } from '../../plugins/config/load-config.ts';
import { supportSettings, type SupportSettings } from '../../plugins/config/support-config.ts';
import { buildDashboard } from '../metrics/build-dashboard.ts';
import { lastCompleteWeek } from '../metrics/report-period.ts';
import type { Ticket } from '../tickets/ticket-schema.ts';
import type { TicketPredictor } from '../triage/ticket-predictor.ts';
import { triageTickets } from '../triage/triage-tickets.ts';
import { generateSupportTickets } from './lib/generate-support-tickets.ts';

/** The moment the generated history ends: fixed, so runs compare. */
export const BENCH_NOW = Date.parse('2026-11-23T12:00:00Z');

/** Playbook-default support settings (America/Chicago, like the sample). */
export function benchSupport(): SupportSettings {
  return supportSettings(parseConfig('contact:\n  email: bench@example.com\nreports:\n  timezone: America/Chicago\n', 'kb.config.yaml'));
}

/** Tickets for the stages. */
export function benchTickets(count = 100_000): Ticket[] {
  return generateSupportTickets({ count, days: 90, end: BENCH_NOW });
}

/** Stage: triage every ticket; returns seconds and a checksum that keeps the work from being optimised away. */
export function triageStage(tickets: readonly Ticket[], support = benchSupport(), now = BENCH_NOW, model: TicketPredictor | null = null): { seconds: number; cpu_seconds: number; tickets: number; p0: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const results = triageTickets(tickets, support, { now, model });
  const seconds = (performance.now() - started) / 1000;
  return { seconds, cpu_seconds: cpuSeconds(cpu), tickets: results.length, p0: results.filter((r) => r.priority === 'P0').length };
}

/** CPU time since `from`: on a shared machine it moves less than wall time when other work competes. */
function cpuSeconds(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
}

/** Stage: the dashboard of the last complete week over all tickets. */
export function weekMetricsStage(tickets: readonly Ticket[], support = benchSupport(), now = BENCH_NOW): { seconds: number; cpu_seconds: number; received: number; week: string } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const period = lastCompleteWeek(now, support.time_zone);
  const dashboard = buildDashboard({ tickets, period, now, support });
  const seconds = (performance.now() - started) / 1000;
  return { seconds, cpu_seconds: cpuSeconds(cpu), received: dashboard.current.counts.received, week: period.label };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '100000' }, runs: { type: 'string', default: '3' } } });
  const count = Number(values.count);
  const runs = Number(values.runs);
  const tickets = benchTickets(count);
  const support = benchSupport();
  const triage: number[] = [];
  const metrics: number[] = [];
  const triageCpu: number[] = [];
  const metricsCpu: number[] = [];
  let detail = { p0: 0, received: 0, week: '' };
  for (let i = 0; i < runs; i++) {
    const t = triageStage(tickets, support);
    const m = weekMetricsStage(tickets, support);
    triage.push(t.seconds);
    metrics.push(m.seconds);
    triageCpu.push(t.cpu_seconds);
    metricsCpu.push(m.cpu_seconds);
    detail = { p0: t.p0, received: m.received, week: m.week };
    process.stderr.write(`run ${i + 1}/${runs}: triage ${t.seconds.toFixed(2)} s, week metrics ${m.seconds.toFixed(2)} s\n`);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const result = {
    name: 'support',
    tickets: count,
    triage_seconds: Number(median(triage).toFixed(2)),
    triage_tickets_per_second: Math.round(count / median(triage)),
    week_metrics_seconds: Number(median(metrics).toFixed(2)),
    triage_cpu_seconds: Number(median(triageCpu).toFixed(2)),
    week_metrics_cpu_seconds: Number(median(metricsCpu).toFixed(2)),
    week: detail.week,
    week_tickets_received: detail.received,
    p0_tickets: detail.p0,
    targets: { triage_seconds: 10, week_metrics_seconds: 5 },
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, load_average: loadavg().map((l) => Number(l.toFixed(2))) },
  };
  console.log(JSON.stringify(result, null, 2));
  if (result.triage_seconds > 10 || result.week_metrics_seconds > 5) process.exitCode = 1;
}

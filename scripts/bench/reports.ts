/**
 * `npm run bench:reports`: the KB-owner reports at scale. Generates a
 * 100,000-ticket Zendesk CSV export over 90 days, the same number of tickets
 * in the shape of a Zendesk Explore report, and an analytics database of
 * 1,000,000 events, then, in a fresh process: imports the tickets (target
 * ≥ 20,000 rows/s, for both exports), pulls the events into the warehouse, and runs
 * gaps and hygiene over them (target ≤ 30 s), with peak memory ≤ 1 GB;
 * trains a category model on every ticket (≤ 60 s, ≤ 1 GB) and triages
 * every ticket with language detection, without and with that model
 * (≤ 10 s each). The
 * stages are listed in `lib/report-stages.ts`; each runs in a fresh process,
 * as each `kb` command does, and the peak is the largest of them.
 *
 *   node scripts/bench/reports.ts [--tickets 100000] [--events 1000000] [--out FILE]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../analytics-api/db/open-database.ts';
import { generateSampleEvents } from '../../content/samples/generate-sample-events.ts';
import { loadArticles } from '../kb-search/load-articles.ts';
import { writeExploreExport } from './lib/generate-explore-export.ts';
import { writeTicketExport } from './lib/generate-ticket-export.ts';
import { reportStages } from './lib/report-stages.ts';
import { runWorker } from './lib/run-worker.ts';
import { projectRoot } from './lib/workspace.ts';

const { values } = parseArgs({
  options: { tickets: { type: 'string', default: '100000' }, events: { type: 'string', default: '1000000' }, out: { type: 'string' }, keep: { type: 'boolean', default: false } },
});
const ticketCount = Number(values.tickets);
const eventCount = Number(values.events);
const contentDir = path.join(projectRoot, 'content');
/** The moment the generated history ends: fixed, so runs compare. */
const now = new Date('2026-11-23T00:00:00Z');
const DAYS = 90;
const dir = mkdtempSync(path.join(tmpdir(), 'kb-bench-reports-'));

/** Writes `count` analytics events over the period into an analytics database, week by week. */
function writeAnalytics(file: string, count: number): number {
  const db = openDatabase(file);
  const insert = db.prepare(
    'INSERT INTO events (id, type, session, visitor, ts, received_at, article, vote, reason, comment, query, results, position) VALUES (@id, @type, @session, @visitor, @ts, @received_at, @article, @vote, @reason, @comment, @query, @results, @position)',
  );
  const articles = loadArticles(contentDir);
  const start = now.getTime() - DAYS * 86_400_000;
  // Sessions per day sized so the period holds at least `count` events (about 1.3 per session
  // once quiet weekends are counted); the last week is cut at `count`.
  const perDay = Math.max(1, Math.round(count / DAYS / 1.3));
  let written = 0;
  for (let week = 0; week * 7 < DAYS && written < count; week++) {
    const from = new Date(start + week * 7 * 86_400_000);
    const to = new Date(Math.min(start + (week + 1) * 7 * 86_400_000, now.getTime()));
    const events = generateSampleEvents({ articles, from, to, sessionsPerDay: perDay, seed: 1000 + week, firstId: written + 1 }).slice(0, count - written);
    db.transaction(() => {
      for (const event of events) insert.run(event);
    })();
    written += events.length;
  }
  db.close();
  return written;
}

try {
  const setup = performance.now();
  const exported = await writeTicketExport({ file: path.join(dir, 'tickets.csv'), count: ticketCount, days: DAYS, end: now.getTime() });
  const explore = await writeExploreExport({ file: path.join(dir, 'explore.csv'), count: ticketCount, from: '2023-01-01', days: DAYS });
  const events = writeAnalytics(path.join(dir, 'analytics.db'), eventCount);
  process.stderr.write(
    `setup: ${ticketCount} tickets (${(exported.bytes / 2 ** 20).toFixed(1)} MB CSV, ${(explore.bytes / 2 ** 20).toFixed(1)} MB Explore CSV), ${events} events in ${((performance.now() - setup) / 1000).toFixed(1)} s\n`,
  );

  // One worker process per stage (or per group of stages that share state), like one `kb` command each.
  const groups: string[][] = [];
  for (const stage of reportStages) {
    const last = groups.at(-1);
    const previous = reportStages.find((st) => st.name === last?.at(-1));
    if (last && stage.process !== undefined && previous?.process === stage.process) last.push(stage.name);
    else groups.push([stage.name]);
  }
  const measured = { stages: {} as Record<string, Record<string, number>>, peak_memory_mb: 0 };
  for (const group of groups) {
    const part = await runWorker<{ stages: Record<string, Record<string, number>>; peak_memory_mb: number }>(new URL('./reports-worker.ts', import.meta.url).pathname, [
      '--dir', dir, '--content', contentDir, '--now', now.toISOString(), '--stages', group.join(','),
    ]);
    Object.assign(measured.stages, part.stages);
    measured.peak_memory_mb = Math.max(measured.peak_memory_mb, part.peak_memory_mb);
  }
  const s = measured.stages;
  const seconds = (name: string) => Number((s[name]?.seconds ?? 0).toFixed(2));
  const result = {
    name: 'reports',
    tickets: ticketCount,
    events,
    csv_mb: Number((exported.bytes / 2 ** 20).toFixed(1)),
    import_seconds: seconds('import'),
    import_rows_per_second: s.import?.rows_per_second ?? 0,
    import_cpu_seconds: Number((s.import?.cpu_seconds ?? 0).toFixed(2)),
    explore_csv_mb: Number((explore.bytes / 2 ** 20).toFixed(1)),
    import_explore_seconds: seconds('import-explore'),
    import_explore_rows_per_second: s['import-explore']?.rows_per_second ?? 0,
    pull_seconds: seconds('pull'),
    gaps_seconds: seconds('gaps'),
    hygiene_seconds: seconds('hygiene'),
    gaps_hygiene_seconds: Number((seconds('gaps') + seconds('hygiene')).toFixed(2)),
    gaps_hygiene_cpu_seconds: Number(((s.gaps?.cpu_seconds ?? 0) + (s.hygiene?.cpu_seconds ?? 0)).toFixed(2)),
    load_average: Number(loadavg()[0]!.toFixed(2)),
    triage_seconds: Number((s.triage?.triage_only_seconds ?? 0).toFixed(2)),
    triage_cpu_seconds: Number((s.triage?.triage_cpu_seconds ?? 0).toFixed(2)),
    triage_model_seconds: Number((s['triage-model']?.triage_only_seconds ?? 0).toFixed(2)),
    triage_model_cpu_seconds: Number((s['triage-model']?.triage_cpu_seconds ?? 0).toFixed(2)),
    triage_model_peak_memory_mb: Math.round(s['triage-model']?.peak_memory_mb ?? 0),
    train_seconds: Number((s.train?.train_only_seconds ?? 0).toFixed(2)),
    train_peak_memory_mb: Math.round(s.train?.peak_memory_mb ?? 0),
    week_metrics_seconds: seconds('week-metrics'),
    total_seconds: Number(Object.values(s).reduce((sum, stage) => sum + (stage.seconds ?? 0), 0).toFixed(2)),
    peak_memory_mb: Math.round(measured.peak_memory_mb),
    topics: s.gaps?.topics ?? 0,
    zero_result_topics: s.gaps?.zero_result_topics ?? 0,
    hygiene_findings: s.hygiene?.findings ?? 0,
    stages: s,
    targets: { import_rows_per_second: 20_000, import_explore_rows_per_second: 20_000, gaps_hygiene_seconds: 30, peak_memory_mb: 1024, triage_seconds: 10, triage_model_seconds: 10, train_seconds: 60, train_peak_memory_mb: 1024, week_metrics_seconds: 5 },
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memory_gb: Math.round(totalmem() / 2 ** 30), node: process.version },
  };
  console.table({
    'tickets imported': result.tickets,
    'import rows/s': result.import_rows_per_second,
    'Explore import rows/s': result.import_explore_rows_per_second,
    'events pulled': result.events,
    'pull (s)': result.pull_seconds,
    'gaps (s)': result.gaps_seconds,
    'hygiene (s)': result.hygiene_seconds,
    'gaps + hygiene (s)': result.gaps_hygiene_seconds,
    'triage with language (s)': result.triage_seconds,
    'triage with language + model (s)': result.triage_model_seconds,
    'triage + model peak memory (MB)': result.triage_model_peak_memory_mb,
    'train 100k (s)': result.train_seconds,
    'train peak memory (MB)': result.train_peak_memory_mb,
    'week metrics (s)': result.week_metrics_seconds,
    'peak memory (MB)': result.peak_memory_mb,
  });
  if (values.out) {
    mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
    writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
  }
} finally {
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  else process.stderr.write(`kept ${dir}\n`);
}

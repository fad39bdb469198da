/**
 * End to end: a generated 10,000-ticket export in the shape of a real
 * Zendesk Explore report (placeholder solve dates, business-hours duration
 * columns, a category list column, no subject or description) goes through
 * the real `kb tickets import` and `kb metrics` commands in three time
 * zones, and the week's figures equal what this test computes itself from
 * the raw CSV rows, with its own date parsing and percentiles: no product
 * code computes an expected value.
 *
 * Week 2023-W12 holds the change to summer time in Paris (Sun 26 March);
 * the previous week, W11, is checked too.
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLACEHOLDER, writeExploreExport } from '../../../scripts/bench/lib/generate-explore-export.ts';
import { runKb } from '../../helpers/run-kb.ts';

const ZONES = ['Asia/Kolkata', 'Europe/Paris', 'America/Sao_Paulo'] as const;
const COUNT = 10_000;
let dir: string;
let csvFile: string;
let rows: Array<Record<string, string>>;
/** What the commands answered, per zone. */
const runs = new Map<string, { imported: Record<string, unknown>; figures: Figure[] }>();

interface Figure {
  key: string;
  value: number | null;
  previous: number | null;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-explore-e2e-'));
  csvFile = path.join(dir, 'explore.csv');
  await writeExploreExport({ file: csvFile, count: COUNT, from: '2023-02-01', days: 89, seed: 11 });
  rows = parse(readFileSync(csvFile), { columns: true }) as Array<Record<string, string>>;
  // The three zones import and report side by side, as three teams would.
  await Promise.all(ZONES.map(async (zone) => runs.set(zone, await importAndReport(zone))));
});

/** `kb tickets import` of the export in `zone`, then `kb metrics` for 2023-W12 with the report time zone `zone`. */
async function importAndReport(zone: string): Promise<{ imported: Record<string, unknown>; figures: Figure[] }> {
  const content = path.join(dir, zone.replace('/', '-'));
  mkdirSync(content, { recursive: true });
  writeFileSync(path.join(content, 'kb.config.yaml'), `contact:\n  email: help@example.com\nreports:\n  timezone: ${zone}\n`);
  const db = path.join(content, 'kb.db');
  const run = await runKb(['tickets', 'import', csvFile, '--db', db, '--timezone', zone, '--output', 'json']);
  if (run.code !== 0 || run.stderr !== '') throw new Error(`import in ${zone} exited ${run.code}: ${run.stderr}`);
  const metrics = await runKb(['metrics', '--db', db, '--content', content, '--week', '2023-W12', '--now', '2023-06-01T00:00:00Z', '--format', 'json']);
  if (metrics.code !== 0) throw new Error(`metrics in ${zone} exited ${metrics.code}: ${metrics.stderr}`);
  return { imported: JSON.parse(run.stdout) as Record<string, unknown>, figures: (JSON.parse(metrics.stdout) as { figures: Figure[] }).figures };
}

/** Linear interpolation between the nearest ranks (Excel's PERCENTILE.INC). */
function percentileOf(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = ((sorted.length - 1) * p) / 100;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
const meanOf = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);
const share = (part: number, whole: number) => (whole === 0 ? null : (part / whole) * 100);

/** The week's figures from the raw rows, read in `zone`. */
function expectedFigures(zone: string, weekNumber: number): Record<string, number | null> {
  const at = (text: string) => (text === PLACEHOLDER || text === '' ? null : DateTime.fromFormat(text, 'yyyy-MM-dd HH:mm:ss', { zone }).toMillis());
  const times = new Map(rows.map((r) => [r, { created: at(r['Created at']!)!, solved: at(r['Solved at']!) }] as const));
  const from = DateTime.fromObject({ weekYear: 2023, weekNumber, weekday: 1 }, { zone }).toMillis();
  const to = DateTime.fromObject({ weekYear: 2023, weekNumber, weekday: 1 }, { zone }).plus({ weeks: 1 }).toMillis();
  // Solved or closed with a solve time: a reopened ticket is open again, whatever solve time it keeps.
  const solvedAt = (r: Record<string, string>) => (r.Status === 'Solved' || r.Status === 'Closed' ? times.get(r)!.solved : null);
  const received = rows.filter((r) => times.get(r)!.created >= from && times.get(r)!.created < to);
  const resolved = rows.filter((r) => solvedAt(r) !== null && solvedAt(r)! >= from && solvedAt(r)! < to);
  const backlog = rows.filter((r) => times.get(r)!.created < to && !(solvedAt(r) !== null && solvedAt(r)! < to));
  const hours = (list: Array<Record<string, string>>, column: string) => list.filter((r) => r[column] !== '').map((r) => Number(r[column]) / 60);
  const reply = hours(received, 'First reply time in minutes within business hours');
  const full = hours(resolved, 'Full resolution time in minutes');
  const fullBusiness = hours(resolved, 'Full resolution time in minutes within business hours');
  const scores = resolved.map((r) => r['Satisfaction Score']!).filter((s) => /^[1-5]$/.test(s)).map(Number);
  const surveyed = received.filter((r) => /^[1-5]$/.test(r['Satisfaction Score']!) || r['Satisfaction Score'] === 'Offered');
  const withReply = resolved.filter((r) => Number(r.Replies) > 0);
  return {
    'volume.received': received.length,
    'volume.resolved': resolved.length,
    'volume.backlog': backlog.length,
    'first_response.business_median_hours': percentileOf(reply, 50),
    'first_response.business_p95_hours': percentileOf(reply, 95),
    'first_response.business_mean_hours': meanOf(reply),
    'resolution.mean_hours': meanOf(full),
    'resolution.p95_hours': percentileOf(full, 95),
    'resolution.business_mean_hours': meanOf(fullBusiness),
    'resolution.business_p95_hours': percentileOf(fullBusiness, 95),
    'quality.csat_percent': share(scores.filter((s) => s >= 4).length, scores.length),
    'quality.csat_mean': meanOf(scores),
    'quality.csat_response_rate_percent': share(surveyed.filter((r) => /^[1-5]$/.test(r['Satisfaction Score']!)).length, surveyed.length),
    'quality.one_touch_percent': share(resolved.filter((r) => Number(r.Replies) < 2).length, resolved.length),
    'quality.fcr_percent': share(withReply.filter((r) => Number(r.Replies) <= 1 && Number(r.Reopens) === 0).length, withReply.length),
  };
}

describe.each(ZONES)('a 10,000-ticket Explore export imported in %s', (zone) => {
  it('imports every row, reading each placeholder solve date as not solved', () => {
    const placeholders = rows.filter((r) => r['Solved at'] === PLACEHOLDER).length;
    expect(placeholders).toBeGreaterThan(1000);
    expect(runs.get(zone)!.imported).toMatchObject({ format: 'zendesk-explore-csv', rows: COUNT, inserted: COUNT, skipped: 0, errors: [], placeholders: { 'Solved at': placeholders }, exit_code: 0 });
  });

  it('gives the week figures (and last week\'s) computed independently from the raw rows', () => {
    for (const [week, side] of [[12, 'value'], [11, 'previous']] as const) {
      const expected = expectedFigures(zone, week);
      for (const [key, value] of Object.entries(expected)) {
        const actual = runs.get(zone)!.figures.find((f) => f.key === key)![side];
        if (value === null) expect(actual, `${key} W${week}`).toBeNull();
        // The JSON rounds to hundredths.
        else expect(Math.abs(actual! - value), `${key} W${week}: ${actual} vs ${value}`).toBeLessThanOrEqual(0.005 + 1e-9);
      }
    }
  });
});

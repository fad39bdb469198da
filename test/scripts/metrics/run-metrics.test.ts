/**
 * A real Zendesk-format export goes through the ticket importer into a
 * warehouse (a real SQLite file) and `kb metrics` yields a complete
 * dashboard: every figure has a value this week and last week, every
 * light is lit, and the counts add up.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figureKeys } from '../../../scripts/metrics/period-figures.ts';
import { runMetrics } from '../../../scripts/metrics/run-metrics.ts';
import { importTickets } from '../../../scripts/tickets/import-tickets.ts';
import { openWarehouse } from '../../../scripts/warehouse/open-warehouse.ts';
import { saveWarehouseEvents } from '../../../scripts/warehouse/save-warehouse-events.ts';
import type { WarehouseEvent } from '../../../scripts/warehouse/warehouse-event.ts';
import { runKb } from '../../helpers/run-kb.ts';

interface DashboardJson {
  period: { label: string };
  figures: Array<{ key: string; value: number | null; previous: number | null }>;
  by_priority: Array<{ name: string; count: number }>;
  by_category: Array<{ name: string; count: number }>;
  health: Array<{ signal: string; light: string }>;
  red_flags: Array<{ flag: string; raised: boolean }>;
  deflection_method: string | null;
}

let dir: string;
let db: string;
let nps: string;

/** One analytics session: an article view, and a contact submit when the visitor still wrote in. */
function session(id: number, day: string, contacted: boolean): WarehouseEvent[] {
  const ts = Date.parse(`${day}T12:00:00Z`) + id * 1000;
  const base = { session: `s${id}`, visitor: `v${id}`, article: 'export-timesheets', vote: null, reason: null, comment: null, query: null, results: null, position: null };
  const events: WarehouseEvent[] = [{ ...base, id: id * 10, type: 'view', ts, received_at: ts }];
  if (contacted) events.push({ ...base, id: id * 10 + 1, type: 'contact_submit', ts: ts + 60_000, received_at: ts + 60_000 });
  return events;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-metrics-'));
  db = path.join(dir, 'kb.db');
  const warehouse = openWarehouse(db);
  try {
    const summary = await importTickets(warehouse, path.resolve('test/fixtures/support/zendesk-two-weeks.csv'), { timezone: 'UTC', strict: true });
    expect(summary).toMatchObject({ format: 'zendesk-csv', rows: 48, inserted: 48, skipped: 0 });
    // Week 46: 4 of 5 sessions did not contact support; week 45: 1 of 2.
    saveWarehouseEvents(warehouse, [
      ...[1, 2, 3, 4].flatMap((i) => session(i, '2026-11-10', false)),
      ...session(5, '2026-11-11', true),
      ...session(6, '2026-11-03', false),
      ...session(7, '2026-11-04', true),
    ]);
  } finally {
    warehouse.close();
  }
  nps = path.join(dir, 'nps.csv');
  writeFileSync(nps, 'responded_at,score,customer\n2026-11-04T10:00:00Z,9,a\n2026-11-05T10:00:00Z,5,b\n2026-11-10T10:00:00Z,10,c\n2026-11-12T10:00:00Z,8,d\n2026-11-13T10:00:00Z,3,e\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kb metrics on an imported Zendesk export', () => {
  it('yields a complete dashboard', async () => {
    let out = '';
    const code = await runMetrics({ db, content: 'content', format: 'json', week: '2026-W46', now: '2026-11-20T12:00:00Z', nps, customers: 'content/samples/customers.csv', write: (t) => (out += t), warn: () => undefined });
    expect(code).toBe(0);
    const d = JSON.parse(out) as DashboardJson;
    expect(d.period.label).toBe('2026-W46');
    // The export leaves the requester wait columns empty: those two figures have no data; every other has.
    const missing = d.figures.filter((f) => f.value === null || f.previous === null).map((f) => f.key);
    expect(missing).toEqual(['resolution.requester_wait_median_hours', 'resolution.requester_wait_business_median_hours']);
    expect(d.figures.map((f) => f.key)).toEqual([...figureKeys]);
    expect(d.health.filter((l) => l.light === 'none')).toEqual([]);
    expect(d.red_flags.map((f) => f.flag)).toEqual(['low-csat', 'slow-first-response', 'high-reopen-rate', 'repeat-customer', 'nps-detractor']);
    const value = (key: string) => d.figures.find((f) => f.key === key)!;
    const received = value('volume.received').value!;
    expect(received + value('volume.received').previous!).toBe(48);
    expect(d.by_priority.reduce((sum, r) => sum + r.count, 0)).toBe(received);
    expect(d.by_category.reduce((sum, r) => sum + r.count, 0)).toBe(received);
    // Flow: everything in hand was resolved or is still in the backlog (no reopened-after-solve tickets here).
    expect(value('volume.total').value).toBe(value('volume.resolved').value! + value('volume.backlog').value!);
    expect(value('quality.deflection_percent')).toMatchObject({ value: 80, previous: 50 });
    expect(value('quality.nps')).toMatchObject({ value: 0, previous: 0 });
    expect(d.deflection_method).toMatch(/^4 of 5 sessions/);
  });

  it('reads a --from/--to range (both days included) like the week it spans', async () => {
    const figures = async (args: string[]) => {
      let out = '';
      await runMetrics({ db, content: 'content', format: 'json', now: '2026-11-20T12:00:00Z', nps, ...Object.fromEntries(args.map((a) => a.split('='))), write: (t) => (out += t), warn: () => undefined });
      return (JSON.parse(out) as DashboardJson).figures.map((f) => [f.key, f.value, f.previous]);
    };
    expect(await figures(['from=2026-11-09', 'to=2026-11-15'])).toEqual(await figures(['week=2026-W46']));
  });

  it('prints Markdown through the real command, and rejects a bad week with usage exit 2', async () => {
    const md = await runKb(['metrics', '--db', db, '--week', '2026-W46', '--now', '2026-11-20T12:00:00Z', '--nps', nps]);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Support metrics — 2026-W46/);
    expect(md.stdout).toContain('## Red flags');
    const bad = await runKb(['metrics', '--db', db, '--week', '2026-46']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--week "2026-46" is not an ISO week: use YYYY-Www, like 2026-W12.');
  });

  it('tells where the data is when the week has none', async () => {
    const empty = await runKb(['metrics', '--db', db, '--week', '2026-W10', '--format', 'json']);
    expect(empty.code).toBe(0);
    expect(empty.stderr).toContain('No tickets received in 2026-W10; the warehouse holds tickets created from 2026-11-02 to 2026-11-15');
  });

  it('fails without a warehouse, saying how to make one', async () => {
    const none = await runKb(['metrics', '--db', path.join(dir, 'missing.db')]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('import tickets first with "kb tickets import FILE"');
  });
});

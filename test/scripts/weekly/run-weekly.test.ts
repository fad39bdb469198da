import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTickets } from '../../../scripts/tickets/import-tickets.ts';
import { openWarehouse } from '../../../scripts/warehouse/open-warehouse.ts';
import { saveWarehouseEvents } from '../../../scripts/warehouse/save-warehouse-events.ts';
import { lastCompleteWeek, parseIsoWeek } from '../../../scripts/weekly/iso-week.ts';
import { writeWeeklyReport, type WeeklyResult } from '../../../scripts/weekly/run-weekly.ts';
import type { WeeklyJson } from '../../../scripts/weekly/weekly-report.ts';
import { plantedEvents } from '../gaps/planted-analytics.ts';

const root = new URL('../../../', import.meta.url).pathname;
const kbDir = path.join(root, 'test/fixtures/gaps/kb');
let dir: string;
let result: WeeklyResult;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-weekly-'));
  const dbFile = path.join(dir, 'kb.db');
  const db = openWarehouse(dbFile);
  await importTickets(db, path.join(root, 'test/fixtures/gaps/tickets.csv'));
  saveWarehouseEvents(db, plantedEvents());
  db.close();
  result = await writeWeeklyReport({ out: path.join(dir, 'reports'), week: '2026-W12', db: dbFile, content: kbDir, format: 'text', now: new Date('2026-03-23T08:00:00Z') });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ISO weeks', () => {
  it('names and bounds weeks in the report time zone', () => {
    const week = parseIsoWeek('2026-W12', 'UTC');
    expect(week).toEqual({ name: '2026-W12', from: new Date('2026-03-16T00:00:00Z'), to: new Date('2026-03-23T00:00:00Z') });
    expect(parseIsoWeek('2026-W12', 'Europe/Berlin').from.toISOString()).toBe('2026-03-15T23:00:00.000Z');
    expect(lastCompleteWeek(new Date('2026-03-23T08:00:00Z'), 'UTC').name).toBe('2026-W12');
    expect(lastCompleteWeek(new Date('2027-01-03T12:00:00Z'), 'UTC').name).toBe('2026-W52');
    expect(() => parseIsoWeek('2026-12', 'UTC')).toThrow(/is not an ISO week/);
    expect(() => parseIsoWeek('2026-W60', 'UTC')).toThrow(/is not an ISO week/);
  });
});

describe('kb weekly', () => {
  it('writes Markdown, JSON, HTML and the three charts into reports/<ISO week>/', () => {
    expect(result.week).toBe('2026-W12');
    expect(result.folder).toBe(path.join(dir, 'reports', '2026-W12'));
    expect(result.files.map((f) => path.basename(f)).sort()).toEqual(['helpful-share.svg', 'report.html', 'report.json', 'report.md', 'support-categories.svg', 'support-report.html', 'support-report.json', 'support-report.md', 'support-sla.svg', 'support-volume.svg', 'topics-by-volume.svg', 'zero-result-trend.svg']);
    for (const file of result.files) expect(existsSync(file)).toBe(true);
    for (const svg of result.files.filter((f) => f.endsWith('.svg'))) expect(readFileSync(svg, 'utf8')).toMatch(/^<svg/);
  });

  it('reports lint, gaps of the week and hygiene, with the charts linked and inline', () => {
    const md = readFileSync(path.join(result.folder, 'report.md'), 'utf8');
    expect(md).toMatch(/^# Weekly KB report 2026-W12\n\n2026-03-16 to 2026-03-22\./);
    for (const heading of ['## Charts', '## Lint', '## Content gaps, 2026-03-16 to 2026-03-22', '## Search synonyms to accept', '## KB hygiene']) expect(md).toContain(heading);
    expect(md).toContain('![Ticket topics by volume](topics-by-volume.svg)');
    expect(md).toContain('![Zero-result searches per day](zero-result-trend.svg)');
    const html = readFileSync(path.join(result.folder, 'report.html'), 'utf8');
    expect(html.match(/<svg/g)?.length).toBeGreaterThanOrEqual(4);
    const json = JSON.parse(readFileSync(path.join(result.folder, 'report.json'), 'utf8')) as WeeklyJson;
    expect(json.week).toBe('2026-W12');
    expect(json.period).toEqual({ from: '2026-03-16T00:00:00.000Z', to: '2026-03-23T00:00:00.000Z' });
    expect(json.lint.files).toBe(8);
    expect(json.gaps.topics.length).toBeGreaterThan(0);
    expect(json.gaps.topics.reduce((sum, t) => sum + t.tickets, 0)).toBeLessThanOrEqual(json.gaps.topics.length * 50);
    expect(Object.keys(json.gaps)).toEqual(['period', 'topics', 'zero_result_topics']);
    expect(json.hygiene.findings.length).toBeGreaterThan(0);
    expect(json.synonyms).toMatchObject({ follow_up_minutes: 10, min_sessions: 2, period: { to: '2026-03-23T00:00:00.000Z' } });
    expect(Array.isArray(json.synonyms.suggestions)).toBe(true);
    expect(json.charts.helpful_share.map((h) => h.article)).toContain('export-timesheets');
    expect(json.charts.zero_result_trend).toHaveLength(56);
    expect(json.charts.zero_result_trend.reduce((sum, d) => sum + d.zero_results, 0)).toBeGreaterThan(0);
  });
});

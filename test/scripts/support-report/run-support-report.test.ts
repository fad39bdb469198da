/** `kb report weekly`, `kb voc`, `kb staffing` and `kb suggest` on an imported Zendesk export, as users run them. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTickets } from '../../../scripts/tickets/import-tickets.ts';
import { openWarehouse } from '../../../scripts/warehouse/open-warehouse.ts';
import { runKb } from '../../helpers/run-kb.ts';

let dir: string;
let db: string;
const NOW = ['--now', '2026-11-20T12:00:00Z'];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-support-cli-'));
  db = path.join(dir, 'kb.db');
  const warehouse = openWarehouse(db);
  await importTickets(warehouse, path.resolve('test/fixtures/support/zendesk-two-weeks.csv'), { timezone: 'UTC', strict: true });
  warehouse.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('support commands', () => {
  it('kb report weekly writes Markdown, HTML, JSON and the charts', async () => {
    const out = path.join(dir, 'report');
    const run = await runKb(['report', 'weekly', '--db', db, '--week', '2026-W46', '--out', out, ...NOW]);
    expect(run.code).toBe(0);
    for (const file of ['support-report.md', 'support-report.html', 'support-report.json', 'support-volume.svg', 'support-categories.svg', 'support-sla.svg']) {
      expect(existsSync(path.join(out, file))).toBe(true);
    }
    const data = JSON.parse(readFileSync(path.join(out, 'support-report.json'), 'utf8')) as { week: string; volume: { received: number }; knowledge_base: { gaps: { available: boolean } } };
    expect(data.week).toBe('2026-W46');
    expect(data.volume.received).toBeGreaterThan(0);
    expect(data.knowledge_base.gaps.available).toBe(true);
    expect(readFileSync(path.join(out, 'support-report.md'), 'utf8')).toContain('## Action items');
  });

  it('kb voc reports the month', async () => {
    const run = await runKb(['voc', '--db', db, '--month', '2026-11', '--format', 'json', ...NOW]);
    expect(run.code).toBe(0);
    const voc = JSON.parse(run.stdout) as { tickets: number; root_causes: Array<{ tickets: number }> };
    expect(voc.tickets).toBe(48);
    expect(voc.root_causes.reduce((sum, c) => sum + c.tickets, 0)).toBe(48);
  });

  it('kb staffing draws the heatmap', async () => {
    const svg = await runKb(['staffing', '--db', db, '--format', 'svg', ...NOW]);
    expect(svg.code).toBe(0);
    expect(svg.stdout).toMatch(/^<svg/);
    const md = await runKb(['staffing', '--db', db, ...NOW]);
    expect(md.stdout).toContain('from 48 tickets created in the last 90 whole days, averaged per weekday over the 14 days from the first of them to the last');
    // Two weeks of data: the forecast says it divided by 14 days and warns, on stderr too.
    expect(md.stderr).toContain('The data covers 14 days (under 4 weeks)');
  });

  it('kb suggest prints articles and a template, and fails on an unknown id', async () => {
    const run = await runKb(['suggest', '70001', '--db', db, ...NOW]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Ticket 70001: how can I cancel purchase/);
    expect(run.stdout).toContain('Template: ');
    expect(run.stdout).toContain('## Hear');
    const missing = await runKb(['suggest', 'nope', '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No ticket "nope"');
  });
});

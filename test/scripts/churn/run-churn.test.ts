/** `kb churn` end to end: the sample customers and usage files, tickets from a warehouse, table and JSON. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse } from '../../../scripts/warehouse/open-warehouse.ts';
import { saveTickets } from '../../../scripts/warehouse/save-tickets.ts';
import { runKb } from '../../helpers/run-kb.ts';
import { ticket } from '../triage/support-fixtures.ts';

let dir: string;
let db: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-churn-'));
  db = path.join(dir, 'kb.db');
  const warehouse = openWarehouse(db);
  saveTickets(warehouse, [
    ticket({ id: 'C1', created_at: '2026-11-10T09:00:00Z', requester_email: 'ana@harborhotel.example', subject: 'Renewal', description: 'We are looking at Rosterly before we renew.' }),
    ticket({ id: 'C2', created_at: '2026-11-12T09:00:00Z', organization: 'City Bikes', subject: 'Cancel', description: 'Please cancel our plan.' }),
  ]);
  warehouse.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kb churn', () => {
  it('scores the sample customers with the signals that scored, the level and the offer ceiling', async () => {
    const run = await runKb(['churn', '--db', db, '--now', '2026-11-16T12:00:00Z', '--format', 'json']);
    expect(run.code).toBe(0);
    const risks = JSON.parse(run.stdout) as Array<{ id: string; score: number; level: string; offer: string; signals: Array<{ signal: string; points: number }> }>;
    expect(risks).toHaveLength(10);
    const byId = Object.fromEntries(risks.map((r) => [r.id, r]));
    // City Bikes: cancellation in a ticket (40) + usage 90 → 38 (-58%, 15) + no login since 20 Oct (10).
    expect(byId['city-bikes']).toMatchObject({ score: 65, level: 'high', offer: 'One month free, or 20% off for 3 months.' });
    // Harbor Hotel: competitor named (20) + usage 2400 → 910 (15) + no login since 2 Oct (10); it wrote, so it is engaged before renewal.
    expect(byId['harbor-hotel']!.signals.map((s) => [s.signal, s.points])).toEqual([['competitor_named', 20], ['usage_drop', 15], ['no_login', 10]]);
    expect(byId['harbor-hotel']).toMatchObject({ score: 45, level: 'at-risk', offer: 'An executive call and a custom contract.' });
    // Green Leaf Grocers: cancellation in the billing system (40) + usage 430 → 205 (-52%, 15).
    expect(byId['green-leaf-grocers']).toMatchObject({ score: 55, level: 'at-risk' });
    expect(risks.map((r) => r.score)).toEqual([...risks.map((r) => r.score)].sort((a, b) => b - a));
  });

  it('prints a table and warns when usage is missing', async () => {
    const run = await runKb(['churn', '--db', db, '--now', '2026-11-16T12:00:00Z', '--usage', path.join(dir, 'none.csv')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No usage file at');
    const table = await runKb(['churn', '--db', path.join(dir, 'no.db'), '--now', '2026-11-16T12:00:00Z']);
    expect(table.code).toBe(0);
    expect(table.stderr).toContain('ticket signals (cancellation, competitor, negative tickets) are not scored');
    expect(table.stdout).toMatch(/\| Customer +\| Plan +\| MRR +\| Score +\| Level/);
    expect(table.stdout).toContain('10 customers · healthy');
  });
});

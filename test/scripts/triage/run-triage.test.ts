/** `kb triage` as users and webhooks run it: stdin, files, the warehouse, three formats, clear errors. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse } from '../../../scripts/warehouse/open-warehouse.ts';
import { saveTickets } from '../../../scripts/warehouse/save-tickets.ts';
import { runKb } from '../../helpers/run-kb.ts';
import { ticket } from './support-fixtures.ts';

let dir: string;
const NOW = ['--now', '2026-11-16T10:05:00Z'];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-triage-'));
  const db = openWarehouse(path.join(dir, 'kb.db'));
  saveTickets(db, [
    ticket({ id: 'W1', created_at: '2026-11-10T09:00:00Z', requester_id: 'u1', subject: 'Crash', description: 'The app crashes when I save' }),
    ticket({ id: 'W2', created_at: '2026-11-16T09:00:00Z', requester_id: 'u1', subject: 'Crash again', description: 'It crashes again on save' }),
  ]);
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kb triage', () => {
  it('answers one ticket object on stdin with one JSON object with exactly the documented fields', async () => {
    const run = await runKb(['triage', '--stdin', '--format', 'json', ...NOW], { input: JSON.stringify({ id: '42', created_at: '2026-11-16T10:00:00Z', subject: 'Site is down', plan: 'enterprise' }) });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(result)).toEqual(['id', 'language', 'priority', 'category', 'secondary', 'sentiment', 'route', 'first_response_due', 'resolution_due', 'sla_state', 'flags', 'reasons']);
    expect(result).toMatchObject({ id: '42', priority: 'P0', route: 'on-call', first_response_due: '2026-11-16T10:15:00Z', sla_state: 'ok' });
  });

  it('answers an array with an array, and CSV with a header row', async () => {
    const input = JSON.stringify([
      { id: 'a', created_at: '2026-11-16T10:00:00Z', subject: 'Feature request: dark mode' },
      { id: 'b', created_at: '2026-11-16T10:00:00Z', subject: 'Refund', description: 'My lawyer wants a refund of $900' },
    ]);
    const json = await runKb(['triage', '--stdin', '--format', 'json', ...NOW], { input });
    expect((JSON.parse(json.stdout) as Array<{ id: string; flags: string[] }>).map((r) => [r.id, r.flags])).toEqual([['a', []], ['b', ['legal', 'manager-approval']]]);
    const csv = await runKb(['triage', '--stdin', '--format', 'csv', ...NOW], { input });
    expect(csv.stdout.split('\n')[0]).toBe('id,language,priority,category,secondary,sentiment,route,first_response_due,resolution_due,sla_state,flags');
    expect(csv.stdout).toContain('b,en,P2,billing,,neutral,support-queue,2026-11-16T14:00:00Z,2026-11-17T10:00:00Z,ok,legal;manager-approval');
  });

  it('triages the warehouse, with earlier tickets as history', async () => {
    const run = await runKb(['triage', '--db', path.join(dir, 'kb.db'), '--format', 'json', ...NOW]);
    const results = JSON.parse(run.stdout) as Array<{ id: string; route: string; flags: string[] }>;
    expect(results.map((r) => [r.id, r.route])).toEqual([['W1', 'support-queue'], ['W2', 'senior-support']]);
    expect(results[1]!.flags).toContain('repeat-issue');
  });

  it('uses the warehouse as history for a ticket on stdin', async () => {
    const input = JSON.stringify({ id: 'new', created_at: '2026-11-16T10:00:00Z', requester_id: 'u1', subject: 'Crash', description: 'It crashes a third time' });
    const run = await runKb(['triage', '--stdin', '--db', path.join(dir, 'kb.db'), '--format', 'json', ...NOW], { input });
    expect(JSON.parse(run.stdout)).toMatchObject({ route: 'senior-support', flags: ['repeat-issue', 'product-team'] });
  });

  it('reads a helpdesk export, listing the rows it skipped', async () => {
    const run = await runKb(['triage', 'test/fixtures/tickets/zendesk-export.csv', ...NOW]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\| 1001 +\| en +\| P3 +\| how-to/);
    expect(run.stderr).toContain('Skipped 2 rows that could not be read');
  });

  it('prints a table for people by default', async () => {
    const file = path.join(dir, 'one.json');
    writeFileSync(file, JSON.stringify([{ id: 'x', created_at: '2026-11-16T10:00:00Z', subject: 'Outage' }]));
    const run = await runKb(['triage', file, ...NOW]);
    expect(run.stdout).toMatch(/^\| id +\| language +\| priority/);
    expect(run.stdout).toContain('1 ticket · priority: P0 1');
  });

  it('explains bad input without a stack trace', async () => {
    const run = await runKb(['triage', '--stdin'], { input: '{"id": 7, "subject": "x"}' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the ticket (id 7): "id" is 7, expected text. Fix: change "id" to text.');
    expect(run.stderr).toContain('Missing required field "created_at"');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const both = await runKb(['triage', 'x.json', '--stdin']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('Give either a FILE or --stdin, not both.');
  });
});

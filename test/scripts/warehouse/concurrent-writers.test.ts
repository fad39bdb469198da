/**
 * Two `kb` commands writing the warehouse at once: the second waits for the
 * first instead of dying with "database is locked", and a lock that never
 * ends is reported with its cause and what to do.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportError } from '../../../scripts/cli/report-error.ts';
import { openWarehouse, warehouseError } from '../../../scripts/warehouse/open-warehouse.ts';
import { runKb } from '../../helpers/run-kb.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-concurrent-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('concurrent warehouse writers', () => {
  it('an import waits while another command holds the write lock longer than the old 5 s, then imports', async () => {
    const file = path.join(dir, 'kb.db');
    openWarehouse(file).close();
    const holder = new Database(file);
    holder.exec('BEGIN IMMEDIATE');
    const importing = runKb(['tickets', 'import', path.resolve('test/fixtures/tickets/zendesk-view.csv'), '--db', file, '--output', 'json']);
    await new Promise((resolve) => setTimeout(resolve, 6000));
    holder.exec('COMMIT');
    holder.close();
    const run = await importing;
    expect(run.stderr).not.toMatch(/database is locked|unexpected error/);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { inserted: number }).inserted).toBeGreaterThan(0);
  }, 90_000);

  it('two imports started together both land', async () => {
    const file = path.join(dir, 'kb.db');
    const [a, b] = await Promise.all([
      runKb(['tickets', 'import', path.resolve('test/fixtures/tickets/zendesk-view.csv'), '--db', file, '--output', 'json']),
      runKb(['tickets', 'import', path.resolve('test/fixtures/tickets/intercom-conversations.json'), '--db', file, '--output', 'json']),
    ]);
    expect([a.code, b.code, a.stderr, b.stderr]).toEqual([0, 0, '', '']);
  });

  it('names the cause and the fix when the lock outlasts the wait', () => {
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    expect(warehouseError(busy, 'data/kb.db')?.message).toMatch(/^data\/kb\.db: the database is locked by another process \(another kb command kept it locked for more than 60 s\)\. Wait for the other command .* then retry\./);
    const written: string[] = [];
    const write = process.stderr.write;
    process.stderr.write = ((text: string) => written.push(text) > 0) as typeof process.stderr.write;
    try {
      expect(reportError(busy)).toBe(1);
    } finally {
      process.stderr.write = write;
    }
    expect(written.join('')).toMatch(/^kb: the database is locked by another process.*retry/);
    expect(written.join('')).not.toContain('unexpected error');
  });
});

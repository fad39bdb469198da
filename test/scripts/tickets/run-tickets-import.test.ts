import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const fixture = (name: string) => path.join(root, 'test/fixtures/tickets', name);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function kb(...args: string[]) {
  return spawnSync(process.execPath, [path.join(root, 'scripts/kb.js'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, KB_DEBUG: '' } });
}

describe('kb tickets import', () => {
  it('prints a summary with every skipped row, no progress bar off a terminal, and exits 3 when rows were skipped', () => {
    const db = path.join(dir, 'a.db');
    const result = kb('tickets', 'import', fixture('zendesk-export.csv'), '--db', db, '--timezone', 'Europe/Berlin');
    expect(result.status).toBe(3);
    expect(result.stderr).toBe('test/fixtures/tickets/zendesk-export.csv: 2 of 7 rows were skipped (exit code 3); the others were imported.\n');
    expect(result.stdout).toContain('(zendesk-csv, utf-8)');
    expect(result.stdout).toContain('7 rows: 5 new, 0 updated, 2 skipped');
    expect(result.stdout).toContain('row 5: Created at "yesterday" is not a date and time');
    expect(result.stdout).toContain('row 7 has 12 columns, the header has 45');
    expect(result.stdout).toContain('Timestamps without an offset were read in Europe/Berlin.');
    const again = kb('tickets', 'import', fixture('zendesk-export.csv'), '--db', db, '--output', 'json');
    expect(again.status).toBe(3);
    expect(JSON.parse(again.stdout)).toMatchObject({ format: 'zendesk-csv', inserted: 0, updated: 5, skipped: 2, exit_code: 3, errors: [{ row: 5, column: 'Created at', value: 'yesterday' }, { row: 7 }] });
  });

  it('exits 0 when every row was imported, and 1 when none could be', () => {
    const good = path.join(dir, 'good.csv');
    const lines = readFileSync(fixture('zendesk-export.csv'), 'utf8').split('\n');
    writeFileSync(good, `${lines[0]}\n${lines[1]}\n`);
    const ok = kb('tickets', 'import', good, '--db', path.join(dir, 'ok.db'));
    expect(ok.status).toBe(0);
    expect(ok.stderr).toBe('');
    const bad = path.join(dir, 'bad.csv');
    writeFileSync(bad, `${lines[0]}\n${lines[1]!.replace('2026-03-02 09:15', 'soon')}\n`);
    const failed = kb('tickets', 'import', bad, '--db', path.join(dir, 'ok.db'), '--output', 'json');
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/no row could be imported \(all 1 skipped\); the warehouse is unchanged/);
    expect(JSON.parse(failed.stdout)).toMatchObject({ inserted: 0, skipped: 1, exit_code: 1, errors: [{ row: 2, column: 'Created at', value: 'soon' }] });
  });

  it('fails with exit 1 and no stack trace for --strict and for a file that is no export', () => {
    const strict = kb('tickets', 'import', fixture('zendesk-export.csv'), '--db', path.join(dir, 'b.db'), '--strict');
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/row 5: Created at "yesterday".*--strict/);
    expect(strict.stderr).not.toMatch(/\n\s+at /);
    const wrong = kb('tickets', 'import', fixture('zendesk-users.csv'), '--db', path.join(dir, 'b.db'));
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/is not a ticket export we recognise/);
  });

  it('exits 2 on bad usage', () => {
    const zone = kb('tickets', 'import', fixture('zendesk-export.csv'), '--db', path.join(dir, 'c.db'), '--timezone', 'Mars/Base');
    expect(zone.status).toBe(2);
    expect(zone.stderr).toMatch(/--timezone "Mars\/Base" is not a time zone/);
    const format = kb('tickets', 'import', fixture('zendesk-export.csv'), '--db', path.join(dir, 'c.db'), '--format', 'excel');
    expect(format.status).toBe(2);
  });
});

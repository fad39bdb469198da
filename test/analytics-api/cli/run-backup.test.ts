import { spawnSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveEvents } from '../../../analytics-api/db/save-events.ts';
import { viewRow } from '../../helpers/event-rows.ts';
import { createTempDb, type TempDb } from '../helpers/temp-db.ts';

const KB = path.resolve('scripts/kb.js');

let temp: TempDb;
beforeEach(() => {
  temp = createTempDb();
  temp.db.transaction(() => saveEvents(temp.db, Array.from({ length: 120 }, (_, i) => viewRow(i))))();
});
afterEach(() => temp.close());

const kb = (...args: string[]) => spawnSync(process.execPath, [KB, 'analytics', 'backup', ...args], { encoding: 'utf8' });

describe('kb analytics backup', () => {
  it('copies the database while it is open for writing, and says what it did', () => {
    const target = path.join(temp.dir, 'backup.db');
    const result = kb(target, '--db', temp.file);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Backed up .*analytics\.db to .*backup\.db: 120 raw event\(s\), [\d.]+ KB, integrity check ok\.\n$/);
    const copy = new Database(target, { readonly: true });
    expect(copy.prepare('SELECT COUNT(*) FROM events').pluck().get()).toBe(120);
    copy.close();
  });

  it('refuses to overwrite without --force, with exit code 1 and no stack trace', () => {
    const target = path.join(temp.dir, 'backup.db');
    expect(kb(target, '--db', temp.file).status).toBe(0);
    const refused = kb(target, '--db', temp.file);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('already exists');
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    const forced = kb(target, '--db', temp.file, '--force', '--format', 'json');
    expect(forced.status).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ file: target, events: 120 });
  });
});

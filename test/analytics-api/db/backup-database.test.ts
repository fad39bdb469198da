import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase } from '../../../analytics-api/db/backup-database.ts';
import { AnalyticsDatabaseError } from '../../../analytics-api/db/open-database.ts';
import { saveEvents } from '../../../analytics-api/db/save-events.ts';
import { viewRow } from '../../helpers/event-rows.ts';
import { createTempDb, type TempDb } from '../helpers/temp-db.ts';

let temp: TempDb;
beforeEach(() => {
  temp = createTempDb();
  temp.db.transaction(() => saveEvents(temp.db, Array.from({ length: 5000 }, (_, i) => viewRow(i, { session: `session-${i}` }))))();
});
afterEach(() => temp.close());

describe('backupDatabase', () => {
  it('copies a consistent snapshot while another connection keeps writing', async () => {
    const target = path.join(temp.dir, 'backup.db');
    let written = 0;
    let writing = true;
    const insert = () => {
      if (!writing) return;
      temp.db.transaction(() => saveEvents(temp.db, Array.from({ length: 50 }, (_, i) => viewRow(10_000 + written + i))))();
      written += 50;
      setImmediate(insert);
    };
    setImmediate(insert);
    const result = await backupDatabase(temp.file, target);
    writing = false;

    expect(written).toBeGreaterThan(0);
    expect(result.file).toBe(target);
    expect(result.events).toBeGreaterThanOrEqual(5000);
    expect(result.events).toBeLessThanOrEqual(5000 + written);
    expect(existsSync(`${target}.partial-${process.pid}`)).toBe(false);
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    // Whole transactions only: the snapshot holds a multiple of the 50-row batches on top of the seed.
    const count = copy.prepare('SELECT COUNT(*) FROM events').pluck().get() as number;
    expect(count).toBe(result.events);
    expect((count - 5000) % 50).toBe(0);
    copy.close();
  });

  it('refuses to overwrite a file unless asked', async () => {
    const target = path.join(temp.dir, 'existing.db');
    writeFileSync(target, 'keep me');
    await expect(backupDatabase(temp.file, target)).rejects.toThrow(/already exists.*--force/);
    const result = await backupDatabase(temp.file, target, { overwrite: true });
    expect(result.events).toBe(5000);
  });

  it('explains a missing source, a missing folder and a target that is the source', async () => {
    await expect(backupDatabase(path.join(temp.dir, 'none.db'), path.join(temp.dir, 'b.db'))).rejects.toBeInstanceOf(AnalyticsDatabaseError);
    await expect(backupDatabase(temp.file, path.join(temp.dir, 'no', 'such', 'b.db'))).rejects.toThrow(/does not exist/);
    await expect(backupDatabase(temp.file, temp.file)).rejects.toThrow(/is the database itself/);
  });
});

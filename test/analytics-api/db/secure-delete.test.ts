/**
 * What is deleted is gone: a marker in pruned events must be in neither the
 * database file, its write-ahead log, nor a backup taken afterwards; a
 * database written before `secure_delete` is vacuumed once when migrated;
 * the warehouse drops pulled events past the same retention, bytes too.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase } from '../../../analytics-api/db/backup-database.ts';
import { migrations } from '../../../analytics-api/db/migrations.ts';
import { openDatabase } from '../../../analytics-api/db/open-database.ts';
import { pruneEvents, retentionCutoff } from '../../../analytics-api/db/prune-events.ts';
import { saveEvents } from '../../../analytics-api/db/save-events.ts';
import { runAnalyticsPull } from '../../../scripts/analytics-pull/run-analytics-pull.ts';
import { openWarehouse } from '../../../scripts/warehouse/open-warehouse.ts';
import { viewRow } from '../../helpers/event-rows.ts';
import { runKb } from '../../helpers/run-kb.ts';
import { createTempDb, type TempDb } from '../helpers/temp-db.ts';

const MARKER = 'MARKER-7f3a9c-PLEASE-FORGET-ME';
const DAY = 86_400_000;
const CONTENT = path.resolve('test/fixtures/analytics/content');

let temp: TempDb;
beforeEach(() => {
  temp = createTempDb();
});
afterEach(() => temp.close());

/** Whether `marker` is anywhere in the bytes of `file` or its write-ahead log. */
function holds(file: string, marker = MARKER): boolean {
  return [file, `${file}-wal`].some((f) => existsSync(f) && readFileSync(f).includes(marker));
}

/** 2,000 old events carrying the marker in comments and (one visitor's) queries, and some recent ones. */
function oldAndNew(now: number) {
  return [
    ...Array.from({ length: 2000 }, (_, i) =>
      i % 2 === 0
        ? viewRow(now - 500 * DAY + i, { type: 'vote', vote: 'down', comment: `${MARKER} ${i}`, session: `session-old-${i}`, vote_key: `key-${i}` })
        : viewRow(now - 500 * DAY + i, { type: 'search', article: null, query: `${MARKER} query ${i}`, results: 0, session: `session-old-${i}` }),
    ),
    ...Array.from({ length: 50 }, (_, i) => viewRow(now - DAY + i, { session: `session-new-${i}` })),
  ];
}

describe('secure deletion', () => {
  it('leaves no byte of pruned events in the file, its WAL or a later backup', async () => {
    const now = Date.now();
    temp.db.transaction(() => saveEvents(temp.db, oldAndNew(now)))();
    expect(holds(temp.file)).toBe(true);
    const result = pruneEvents(temp.db, retentionCutoff(now, 13));
    expect(result).toMatchObject({ events: 2000, walTruncated: true });
    expect(holds(temp.file)).toBe(false);
    const backup = path.join(temp.dir, 'backup.db');
    await backupDatabase(temp.file, backup);
    expect(readFileSync(backup).includes(MARKER)).toBe(false);
    expect(temp.db.prepare('SELECT COUNT(*) FROM events').pluck().get()).toBe(50);
  });

  it('kb analytics prune deletes the bytes too, and so does the warehouse it is pointed at', async () => {
    const now = Date.now();
    temp.db.transaction(() => saveEvents(temp.db, oldAndNew(now)))();
    temp.db.close();
    const warehouseFile = path.join(temp.dir, 'kb.db');
    await runAnalyticsPull({ db: temp.file, warehouse: warehouseFile, content: CONTENT, format: 'json', write: () => {} });
    const run = await runKb(['analytics', 'prune', '--db', temp.file, '--warehouse', warehouseFile, '--content', CONTENT, '--format', 'json'], { env: { KB_ANALYTICS_DB: '' } });
    expect(run.code).toBe(0);
    // The pull already applied the retention to the warehouse; prune applies it to the service's database.
    expect(JSON.parse(run.stdout)).toMatchObject({ events: 2000, warehouse_events: 0 });
    expect(holds(temp.file)).toBe(false);
    expect(holds(warehouseFile)).toBe(false);
  });

  it('vacuums a database written before secure_delete once, when it is migrated', () => {
    temp.close();
    const legacy = createTempDb();
    legacy.db.close();
    // A version-1 file as older releases wrote it: no secure_delete, rows deleted the old way.
    const raw = new Database(legacy.file);
    raw.exec('DROP TABLE IF EXISTS events; DROP TABLE IF EXISTS daily_article_stats; DROP TABLE IF EXISTS daily_search_stats; DROP TABLE IF EXISTS daily_session_stats; DROP TABLE IF EXISTS daily_dropped_counts; DROP TABLE IF EXISTS service_checks; DROP TABLE IF EXISTS contact_requests;');
    raw.pragma('secure_delete = OFF');
    raw.exec(migrations[0]!.sqlite);
    raw.pragma('user_version = 1');
    const insert = raw.prepare("INSERT INTO events (type, session, visitor, ts, received_at, comment) VALUES ('vote', 'session-legacy', 'v', 1, 1, ?)");
    raw.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run(`${MARKER} ${i}`);
    })();
    raw.exec('DELETE FROM events');
    raw.close();
    expect(holds(legacy.file)).toBe(true);
    const db = openDatabase(legacy.file);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();
    expect(holds(legacy.file)).toBe(false);
    legacy.close();
  });
});

describe('warehouse retention', () => {
  it('kb analytics pull drops pulled events past the retention, bytes included', async () => {
    const now = Date.now();
    temp.db.transaction(() => saveEvents(temp.db, oldAndNew(now)))();
    const warehouseFile = path.join(temp.dir, 'kb.db');
    const output: string[] = [];
    await runAnalyticsPull({ db: temp.file, warehouse: warehouseFile, content: CONTENT, format: 'json', write: (text) => output.push(text) });
    expect(JSON.parse(output.join(''))).toMatchObject({ read: 2050, expired: 2000, retention_months: 13 });
    const warehouse = openWarehouse(warehouseFile);
    expect(warehouse.prepare('SELECT COUNT(*) FROM events').pluck().get()).toBe(50);
    warehouse.close();
    expect(holds(warehouseFile)).toBe(false);
  });

  it('keeps one vote per vote key even when the replaced vote was pulled first', async () => {
    const now = Date.now();
    const vote = (vote: 'up' | 'down') => viewRow(now, { type: 'vote', vote, session: 'session-vote-1', vote_key: 'same-address-same-article' });
    temp.db.transaction(() => saveEvents(temp.db, [vote('down')]))();
    const warehouseFile = path.join(temp.dir, 'kb.db');
    const pull = () => runAnalyticsPull({ db: temp.file, warehouse: warehouseFile, content: CONTENT, format: 'json', write: () => {} });
    await pull();
    temp.db.transaction(() => saveEvents(temp.db, [vote('up')]))();
    await pull();
    const warehouse = openWarehouse(warehouseFile);
    expect(warehouse.prepare("SELECT vote FROM events WHERE type = 'vote'").pluck().all()).toEqual(['up']);
    warehouse.close();
  });
});

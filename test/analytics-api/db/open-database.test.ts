import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../analytics-api/db/migrations.ts';
import { AnalyticsDatabaseError, openDatabase } from '../../../analytics-api/db/open-database.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-open-db-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openDatabase', () => {
  it('creates the folder and the file, in WAL mode, at the latest schema version', () => {
    const file = path.join(dir, 'nested', 'data', 'analytics.db');
    const db = openDatabase(file);
    expect(existsSync(file)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    const columns = db.prepare("SELECT name FROM pragma_table_info('events') ORDER BY cid").pluck().all();
    expect(columns).toEqual(['id', 'type', 'session', 'visitor', 'ts', 'received_at', 'article', 'vote', 'reason', 'comment', 'query', 'results', 'position', 'vote_key', 'event_id', 'locale']);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['contact_requests', 'daily_article_stats', 'daily_dropped_counts', 'daily_search_stats', 'daily_session_stats', 'events', 'service_checks']);
    db.close();
  });

  it('uses synchronous=FULL when asked', () => {
    const db = openDatabase(path.join(dir, 'a.db'), { synchronous: 'full' });
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });

  it('runs nothing again on a migrated database and keeps its rows', () => {
    const file = path.join(dir, 'a.db');
    const first = openDatabase(file);
    first.prepare("INSERT INTO events (type, session, visitor, ts, received_at) VALUES ('view', 's', 'v', 1, 1)").run();
    first.close();
    const again = openDatabase(file);
    expect(again.prepare('SELECT COUNT(*) FROM events').pluck().get()).toBe(1);
    again.close();
  });

  it('refuses a database from a newer version, saying what to do', () => {
    const file = path.join(dir, 'future.db');
    const raw = new Database(file);
    raw.pragma(`user_version = ${migrations.length + 1}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(AnalyticsDatabaseError);
    expect(() => openDatabase(file)).toThrow(/newer than this version.*Fix:/);
  });

  it('refuses a file that is not a database', () => {
    const file = path.join(dir, 'notes.db');
    writeFileSync(file, 'this is not sqlite, just text that is long enough to have a header '.repeat(10));
    expect(() => openDatabase(file)).toThrow(/not a usable analytics database.*Fix:/);
  });

  it('refuses to open a missing file read-only', () => {
    expect(() => openDatabase(path.join(dir, 'missing.db'), { readonly: true })).toThrow(/cannot open the database.*Fix:/);
  });
});

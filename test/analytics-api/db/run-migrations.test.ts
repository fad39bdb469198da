import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runMigrations, type MigrationErrors } from '../../../analytics-api/db/run-migrations.ts';

const migrations = ['CREATE TABLE a (x INTEGER);', 'CREATE TABLE b (y INTEGER);'];
const errors: MigrationErrors = {
  newer: (current, known) => new Error(`newer: ${current} > ${known}`),
  readonlyPending: (pending) => new Error(`read-only with ${pending} pending`),
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-run-migrations-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function tables(db: Database.Database): unknown[] {
  return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
}

describe('runMigrations', () => {
  it('runs only the migrations past user_version, in order, and records each', () => {
    const db = new Database(path.join(dir, 'a.db'));
    runMigrations(db, migrations.slice(0, 1), errors);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    runMigrations(db, migrations, errors);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(tables(db)).toEqual(['a', 'b']);
    runMigrations(db, migrations, errors);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
  });

  it('throws the caller’s error for a database from a newer version', () => {
    const db = new Database(path.join(dir, 'a.db'));
    db.pragma('user_version = 5');
    expect(() => runMigrations(db, migrations, errors)).toThrow('newer: 5 > 2');
    expect(tables(db)).toEqual([]);
    db.close();
  });

  it('throws the caller’s error when a read-only connection has migrations pending', () => {
    const file = path.join(dir, 'a.db');
    const writer = new Database(file);
    runMigrations(writer, migrations.slice(0, 1), errors);
    writer.close();
    const reader = new Database(file, { readonly: true });
    expect(() => runMigrations(reader, migrations, errors)).toThrow('read-only with 1 pending');
    runMigrations(reader, migrations.slice(0, 1), errors);
    reader.close();
  });

  it('leaves the version unchanged when a migration fails', () => {
    const db = new Database(path.join(dir, 'a.db'));
    expect(() => runMigrations(db, [migrations[0] ?? '', 'CREATE TABLE a (x INTEGER);'], errors)).toThrow(/already exists/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(tables(db)).toEqual(['a']);
    db.close();
  });
});

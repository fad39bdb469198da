/**
 * Opens (and creates, on first start) the analytics database: WAL so readers
 * never block the writer, a busy timeout so `kb analytics prune`/`backup`
 * can run beside a live server, and every pending migration.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrations } from './migrations.ts';
import { runMigrations } from './run-migrations.ts';

export type { Database } from 'better-sqlite3';

/** Options of `openDatabase`. */
export interface OpenDatabaseOptions {
  /** Open read-only; the file must exist and be migrated already. */
  readonly?: boolean;
  /** SQLite `synchronous` setting for writers (default `normal`, see the config docs). */
  synchronous?: 'normal' | 'full';
}

/** A database file that cannot be opened or is from a newer version; the message says why and what to do. */
export class AnalyticsDatabaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnalyticsDatabaseError';
  }
}

export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database.Database {
  const readonly = options.readonly ?? false;
  let db: Database.Database;
  try {
    if (!readonly) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = new Database(file, { readonly, fileMustExist: readonly, timeout: 5000 });
  } catch (error) {
    throw new AnalyticsDatabaseError(`${file}: cannot open the analytics database (${messageOf(error)}). Fix: check the path and its permissions, or pass another file with --db.`);
  }
  try {
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    }
    migrate(db, file);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AnalyticsDatabaseError) throw error;
    throw new AnalyticsDatabaseError(`${file}: not a usable analytics database (${messageOf(error)}). Fix: point --db at the file the API writes, or at a new path to start a fresh one.`);
  }
}

/** Runs the analytics migrations the database has not seen yet, each in its own transaction. */
function migrate(db: Database.Database, file: string): void {
  runMigrations(db, migrations, {
    newer: (current, known) =>
      new AnalyticsDatabaseError(
        `${file}: the database is at schema version ${current}, newer than this version of the help center knows (${known}). Fix: upgrade the help center, or restore a backup made by this version.`,
      ),
    readonlyPending: (pending) =>
      new AnalyticsDatabaseError(`${file}: the database needs ${pending} schema migration(s) but was opened read-only. Fix: start the server (or run \`kb analytics prune\`) once to migrate it.`),
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Opens (and creates, on first start) the analytics database: WAL so readers
 * never block the writer, a busy timeout so `kb analytics prune`/`backup`
 * can run beside a live server, `secure_delete` so deleted events leave no
 * bytes behind, and every pending migration. A database from before
 * `secure_delete` is vacuumed once when it is migrated, which rewrites the
 * file without the free pages its earlier deletes left.
 */
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SECURE_DELETE_VERSION, sqliteMigrations } from './migrations.ts';
import { runMigrations } from './run-migrations.ts';
import { describeStorageFault, diagnoseStorageFault, type StorageFault } from './storage-fault.ts';
import { truncateWal } from './truncate-wal.ts';

export type { Database } from 'better-sqlite3';

/** Options of `openDatabase`. */
export interface OpenDatabaseOptions {
  /** Open read-only; the file must exist and be migrated already. */
  readonly?: boolean;
  /** SQLite `synchronous` setting for writers (default `normal`, see the config docs). */
  synchronous?: 'normal' | 'full';
  /** How long to wait for another process's lock, in ms (default 5000). */
  busyTimeoutMs?: number;
}

/** A database file that cannot be opened or is from a newer version; the message says why and what to do. */
export class AnalyticsDatabaseError extends Error {
  /** What is wrong with the file, when it is a storage fault. */
  readonly fault: StorageFault | undefined;
  constructor(message: string, fault?: StorageFault) {
    super(message);
    this.name = 'AnalyticsDatabaseError';
    this.fault = fault;
  }
}

/** An `AnalyticsDatabaseError` for a storage error on `file`, or undefined when `error` is something else. */
export function storageError(error: unknown, file: string): AnalyticsDatabaseError | undefined {
  if (error instanceof AnalyticsDatabaseError) return error;
  if ((error as { code?: unknown }).code === 'SQLITE_NOTADB') {
    return new AnalyticsDatabaseError(
      `${file}: not a usable analytics database (${messageOf(error)}: another kind of file, or one whose header is destroyed). Fix: point --db at the file the API writes, restore a backup, or give a new path to start a fresh one.`,
      'corrupt',
    );
  }
  const fault = diagnoseStorageFault(error, file);
  return fault === undefined ? undefined : new AnalyticsDatabaseError(describeStorageFault(fault, file, messageOf(error)), fault);
}

export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database.Database {
  const readonly = options.readonly ?? false;
  let db: Database.Database;
  try {
    if (!readonly) {
      mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      // SQLite quietly opens a file it may not write read-only; say so now, not at the first event.
      if (existsSync(file)) accessSync(file, constants.W_OK);
      accessSync(path.dirname(path.resolve(file)), constants.W_OK);
    }
    db = new Database(file, { readonly, fileMustExist: readonly, timeout: options.busyTimeoutMs ?? 5000 });
  } catch (error) {
    throw storageError(error, file) ?? new AnalyticsDatabaseError(describeStorageFault('cannot_open', file, messageOf(error)), 'cannot_open');
  }
  try {
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
      db.pragma('secure_delete = ON');
    }
    const before = db.pragma('user_version', { simple: true }) as number;
    migrate(db, file);
    if (!readonly && before > 0 && before < SECURE_DELETE_VERSION) {
      // Free pages of deletes made before secure_delete still hold old events: rewrite the file once.
      db.exec('VACUUM');
      truncateWal(db);
    }
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AnalyticsDatabaseError) throw error;
    throw storageError(error, file) ?? new AnalyticsDatabaseError(`${file}: not a usable analytics database (${messageOf(error)}). Fix: point --db at the file the API writes, or at a new path to start a fresh one.`);
  }
}

/** Runs the analytics migrations the database has not seen yet, each in its own transaction. */
function migrate(db: Database.Database, file: string): void {
  runMigrations(db, sqliteMigrations, {
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

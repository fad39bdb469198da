/**
 * Opens the local warehouse (`data/kb.db` by default) where imported
 * tickets and pulled analytics events meet, creating it and running pending
 * migrations as needed. Another `kb` command writing it (a second import, a
 * pull) is waited for up to a minute; a file that is read-only, damaged or
 * still locked after that is reported with its cause and fix, never as
 * "unexpected error: database is locked".
 */
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { runMigrations } from '../../analytics-api/db/run-migrations.ts';
import { describeStorageFault, diagnoseStorageFault } from '../../analytics-api/db/storage-fault.ts';
import { truncateWal } from '../../analytics-api/db/truncate-wal.ts';
import { UserError } from '../cli/user-error.ts';
import { migrations, SECURE_DELETE_VERSION } from './migrations.ts';

/** Where the warehouse lives unless `--db` says otherwise. */
export const DEFAULT_WAREHOUSE = 'data/kb.db';

/** A warehouse connection (better-sqlite3). */
export type Warehouse = Database.Database;

/**
 * Opens (and creates or migrates) the warehouse at `file`. WAL lets a report
 * read while an import writes. Throws when the file was written by a newer
 * version of this tool.
 */
export function openWarehouse(file: string = DEFAULT_WAREHOUSE): Warehouse {
  let db: Warehouse;
  try {
    if (file !== ':memory:') {
      mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      if (existsSync(file)) accessSync(file, constants.W_OK);
      accessSync(path.dirname(path.resolve(file)), constants.W_OK);
    }
    db = new Database(file, { timeout: WAIT_FOR_LOCK_MS });
  } catch (error) {
    throw warehouseError(error, file) ?? error;
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('secure_delete = ON');
    const before = db.pragma('user_version', { simple: true }) as number;
    migrate(db, file);
    if (before > 0 && before < SECURE_DELETE_VERSION) {
      db.exec('VACUUM');
      truncateWal(db);
    }
  } catch (error) {
    db.close();
    throw warehouseError(error, file) ?? error;
  }
  return db;
}

/** How long a command waits for another one writing the warehouse. */
export const WAIT_FOR_LOCK_MS = 60_000;

/**
 * A `UserError` naming the cause for a storage fault on the warehouse
 * (read-only, locked, corrupt, disk full), or undefined for other errors.
 * Commands that write the warehouse pass their errors through it.
 */
export function warehouseError(error: unknown, file: string): UserError | undefined {
  if (error instanceof UserError) return error;
  const fault = diagnoseStorageFault(error, file);
  if (fault === undefined) return undefined;
  const detail = fault === 'locked' ? `another kb command kept it locked for more than ${WAIT_FOR_LOCK_MS / 1000} s` : error instanceof Error ? error.message : String(error);
  return new UserError(describeStorageFault(fault, file, detail));
}

function migrate(db: Warehouse, file: string): void {
  runMigrations(db, migrations, {
    newer: (current, known) =>
      new UserError(`${file} has schema version ${current}, newer than this tool knows (${known}): update the project, or point --db at another file.`),
  });
}

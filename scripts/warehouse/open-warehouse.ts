/**
 * Opens the local warehouse (`data/kb.db` by default) where imported
 * tickets and pulled analytics events meet, creating it and running pending
 * migrations as needed.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { runMigrations } from '../../analytics-api/db/run-migrations.ts';
import { UserError } from '../cli/user-error.ts';
import { migrations } from './migrations.ts';

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
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    migrate(db, file);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

function migrate(db: Warehouse, file: string): void {
  runMigrations(db, migrations, {
    newer: (current, known) =>
      new UserError(`${file} has schema version ${current}, newer than this tool knows (${known}): update the project, or point --db at another file.`),
  });
}

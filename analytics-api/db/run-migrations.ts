/**
 * The one runner for numbered, append-only SQLite migrations, shared by the
 * analytics database and the `kb` warehouse: `PRAGMA user_version` records
 * how many of a database's migrations have run. Each database keeps its own
 * migration list and its own wording for the errors its users see.
 */
import type { Database } from 'better-sqlite3';

/** The errors a database raises when its schema version does not fit this code. */
export interface MigrationErrors {
  /** The file records `current` migrations but this code knows only `known`. */
  newer(current: number, known: number): Error;
  /**
   * A read-only connection still has `pending` migrations to run. Without it
   * SQLite's own "readonly database" error surfaces from the first migration.
   */
  readonlyPending?(pending: number): Error;
}

/**
 * Runs the migrations `db` has not seen yet, each in its own immediate
 * transaction together with the `user_version` bump, so a crash leaves the
 * database at a whole version. The version is read again inside each
 * transaction: two processes opening a new file at once (two imports) must
 * not both run the same migration.
 */
export function runMigrations(db: Database, migrations: readonly string[], errors: MigrationErrors): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) throw errors.newer(current, migrations.length);
  if (current === migrations.length) return;
  if (db.readonly && errors.readonlyPending !== undefined) throw errors.readonlyPending(migrations.length - current);
  const step = db.transaction((): boolean => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > migrations.length) throw errors.newer(version, migrations.length);
    if (version === migrations.length) return false;
    db.exec(migrations[version] ?? '');
    db.pragma(`user_version = ${version + 1}`);
    return true;
  });
  while (step.immediate()) {
    // One migration per transaction, until the file is at this code's version.
  }
}

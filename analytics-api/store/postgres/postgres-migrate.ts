/**
 * Runs the PostgreSQL form of the numbered migrations (`db/migrations.ts`)
 * under a session advisory lock, so several instances starting at the same
 * moment apply each migration once: the first takes the lock and migrates,
 * the others wait, then find the schema current. `schema_version` holds the
 * version; each migration and its version bump commit together.
 */
import type pg from 'pg';
import { AnalyticsDatabaseError } from '../../db/open-database.ts';
import { LOCKS } from './postgres-locks.ts';


/** Brings the database at `shown` to the version of `migrations`; returns the version it found. */
export async function migratePostgres(pool: pg.Pool, migrations: readonly string[], shown: string): Promise<number> {
  const client = await pool.connect();
  let found = 0;
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCKS.migrate]);
    try {
      const tables = await client.query<{ version_table: string | null; events_table: string | null }>(
        "SELECT to_regclass('schema_version')::text AS version_table, to_regclass('events')::text AS events_table",
      );
      const { version_table: versionTable, events_table: eventsTable } = tables.rows[0] ?? { version_table: null, events_table: null };
      if (versionTable === null && eventsTable !== null) {
        throw new AnalyticsDatabaseError(
          `${shown}: this database already has an events table but no schema_version: it belongs to another application, or was made by hand. Fix: give the analytics service a database of its own (CREATE DATABASE kb_analytics), or set its schema with ?options=-csearch_path%3Dkb_analytics in the URL.`,
        );
      }
      if (versionTable === null) {
        await client.query('CREATE TABLE schema_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL, migrated_at BIGINT NOT NULL)');
        await client.query('INSERT INTO schema_version (id, version, migrated_at) VALUES (1, 0, $1)', [Date.now()]);
      }
      found = (await client.query<{ version: number }>('SELECT version FROM schema_version WHERE id = 1')).rows[0]?.version ?? 0;
      if (found > migrations.length) {
        throw new AnalyticsDatabaseError(
          `${shown}: the database is at schema version ${found}, newer than this version of the help center knows (${migrations.length}). Fix: upgrade every instance to the same release, or restore a dump made by this version.`,
        );
      }
      for (let version = found; version < migrations.length; version++) {
        await client.query('BEGIN');
        try {
          await client.query(migrations[version] ?? '');
          await client.query('UPDATE schema_version SET version = $1, migrated_at = $2 WHERE id = 1', [version + 1, Date.now()]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {});
          throw error;
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [LOCKS.migrate]).catch(() => {});
    }
  } finally {
    client.release();
  }
  return found;
}

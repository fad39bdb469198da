/**
 * Opens the store a `--db` value names (`store-location.ts`): a SQLite file
 * (created and migrated on first use) or a PostgreSQL database (connected
 * and migrated). Errors say what is wrong and how to fix it.
 */
import { openDatabase, type OpenDatabaseOptions } from '../db/open-database.ts';
import type { AnalyticsStore } from './analytics-store.ts';
import { openPostgresStore, type PostgresStoreOptions } from './postgres/postgres-store.ts';
import { sqliteStore } from './sqlite-store.ts';
import { parseStoreLocation } from './store-location.ts';

export interface OpenStoreOptions extends PostgresStoreOptions {
  /** SQLite only (PostgreSQL ignores them): read-only, `synchronous`, busy timeout. */
  sqlite?: OpenDatabaseOptions;
  /** Names where the value came from in messages (default `--db`). */
  source?: string;
}

export async function openStore(value: string, options: OpenStoreOptions = {}): Promise<AnalyticsStore> {
  const location = parseStoreLocation(value, options.source);
  if (location.engine === 'sqlite') return sqliteStore(openDatabase(location.file, options.sqlite));
  return openPostgresStore(location.url, location.shown, options);
}

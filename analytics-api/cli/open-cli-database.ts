/**
 * The analytics database as the `kb` commands open it (a SQLite file, or
 * with `openCliStore` either engine): an
 * `AnalyticsDatabaseError` already says what is wrong and how to fix it, so
 * at the command line it becomes a `UserError` (printed without a stack,
 * exit 1); any other error stays unexpected.
 */
import { existsSync } from 'node:fs';
import { UserError } from '../../scripts/cli/user-error.ts';
import { AnalyticsDatabaseError, openDatabase, storageError, type Database, type OpenDatabaseOptions } from '../db/open-database.ts';
import type { AnalyticsStore } from '../store/analytics-store.ts';
import { openStore, type OpenStoreOptions } from '../store/open-store.ts';
import { parseStoreLocation, StoreLocationError } from '../store/store-location.ts';

/**
 * `error` as a command should throw it: a `UserError` for an analytics
 * database error, or for a storage fault of `file` (read-only, locked,
 * corrupt, disk full) met while working on it; otherwise unchanged.
 */
export function cliDatabaseError(error: unknown, file?: string): unknown {
  if (error instanceof AnalyticsDatabaseError) return new UserError(error.message);
  if (error instanceof StoreLocationError) return new UserError(error.message, 2);
  const storage = file === undefined ? undefined : storageError(error, file);
  return storage ? new UserError(storage.message) : error;
}

/** Opens (and migrates, unless read-only) the analytics database for a command. */
export function openCliDatabase(file: string, options: OpenDatabaseOptions = {}): Database {
  try {
    return openDatabase(file, options);
  } catch (error) {
    throw cliDatabaseError(error);
  }
}

/** Opens the store `--db` names (a SQLite file or a PostgreSQL URL) for a command. */
export async function openCliStore(value: string, options: OpenStoreOptions = {}): Promise<AnalyticsStore> {
  try {
    return await openStore(value, options);
  } catch (error) {
    throw cliDatabaseError(error, value);
  }
}

/** Like `openCliStore`, for commands that only read or change what `kb serve` stored: a SQLite file that is not there yet is an error, not a new database. */
export async function openExistingCliStore(value: string, options: OpenStoreOptions = {}): Promise<AnalyticsStore> {
  let location;
  try {
    location = parseStoreLocation(value, options.source);
  } catch (error) {
    throw cliDatabaseError(error, value);
  }
  if (location.engine === 'sqlite' && !existsSync(location.file)) {
    throw new UserError(`${location.file}: no analytics database here yet. Fix: pass --db with the file \`kb serve\` writes (KB_ANALYTICS_DB), or its postgres:// URL.`);
  }
  return openCliStore(value, options);
}

/**
 * The analytics database as the `kb` commands open it: an
 * `AnalyticsDatabaseError` already says what is wrong and how to fix it, so
 * at the command line it becomes a `UserError` (printed without a stack,
 * exit 1); any other error stays unexpected.
 */
import { UserError } from '../../scripts/cli/user-error.ts';
import { AnalyticsDatabaseError, openDatabase, type Database, type OpenDatabaseOptions } from '../db/open-database.ts';

/** `error` as a command should throw it: a `UserError` for an analytics database error, otherwise unchanged. */
export function cliDatabaseError(error: unknown): unknown {
  return error instanceof AnalyticsDatabaseError ? new UserError(error.message) : error;
}

/** Opens (and migrates, unless read-only) the analytics database for a command. */
export function openCliDatabase(file: string, options: OpenDatabaseOptions = {}): Database {
  try {
    return openDatabase(file, options);
  } catch (error) {
    throw cliDatabaseError(error);
  }
}

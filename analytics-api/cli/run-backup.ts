/**
 * `kb analytics backup FILE`: an online, consistent copy of the analytics
 * database. On PostgreSQL the copy is `pg_dump`'s job: the command exits 2
 * and prints the `pg_dump` command to run instead.
 */
import { UserError } from '../../scripts/cli/user-error.ts';
import { backupDatabase } from '../db/backup-database.ts';
import { resolveDatabasePath } from '../service-settings.ts';
import { parseStoreLocation, type StoreLocation } from '../store/store-location.ts';
import { loadServiceConfig } from './load-service-config.ts';
import { cliDatabaseError } from './open-cli-database.ts';

export interface BackupCommandOptions {
  db?: string;
  force: boolean;
  content: string;
  format: 'text' | 'json';
}

export async function runBackup(target: string, options: BackupCommandOptions): Promise<number> {
  // With --db or KB_ANALYTICS_DB the config file is not needed, so a backup works from anywhere.
  const given = options.db ?? (process.env.KB_ANALYTICS_DB || undefined);
  const source = given ?? resolveDatabasePath(undefined, process.env, loadServiceConfig(options.content, undefined).config.analytics);
  let location: StoreLocation;
  try {
    location = parseStoreLocation(source, options.db !== undefined ? '--db' : 'KB_ANALYTICS_DB');
  } catch (error) {
    throw cliDatabaseError(error);
  }
  if (location.engine === 'postgres') throw new UserError(pgDumpAdvice(location.shown, target), 2);
  let result;
  try {
    result = await backupDatabase(source, target, { overwrite: options.force });
  } catch (error) {
    throw cliDatabaseError(error);
  }
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify({ database: source, ...result })}\n`);
  } else {
    process.stdout.write(`Backed up ${source} to ${result.file}: ${result.events} raw event(s), ${(result.bytes / 1024).toFixed(1)} KB, integrity check ok.\n`);
  }
  return 0;
}

/** What to run instead on PostgreSQL: a consistent, compressed dump that `pg_restore` reads back. */
export function pgDumpAdvice(shown: string, target: string): string {
  const url = new URL(shown);
  const password = url.password !== '';
  url.password = '';
  const quoted = (value: string) => `'${value.replaceAll("'", "'\\''")}'`;
  return [
    'kb analytics backup copies SQLite files; this analytics database is on PostgreSQL, which makes its own consistent copies while every instance keeps writing. Run:',
    '',
    `  ${password ? 'PGPASSWORD=… ' : ''}pg_dump --format=custom --no-owner --file=${quoted(target)} ${quoted(url.href)}`,
    '',
    `Restore it into an empty database with: pg_restore --no-owner --dbname=${quoted(url.href)} ${quoted(target)}`,
  ].join('\n');
}

/** `kb analytics backup FILE`: an online, consistent copy of the analytics database. */
import { backupDatabase } from '../db/backup-database.ts';
import { resolveDatabasePath } from '../service-settings.ts';
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

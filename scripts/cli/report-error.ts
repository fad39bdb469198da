/**
 * The one place the CLI turns an error into output and an exit code. Users
 * never see a stack trace unless they ask for one with KB_DEBUG=1.
 */
import { CommanderError } from 'commander';
import { describeStorageFault, storageFaultOf } from '../../analytics-api/db/storage-fault.ts';
import { ConfigError } from '../../plugins/config/config-error.ts';
import { UserError } from './user-error.ts';

export function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander already printed its message; help and --version are not failures.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    return 2;
  }
  if (error instanceof ConfigError || error instanceof UserError) {
    process.stderr.write(`${error.message}\n`);
    return error instanceof UserError ? error.exitCode : 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  // A database that is locked, read-only, damaged or on a full disk is a cause the user can act on, not a bug.
  const fault = storageFaultOf(error);
  if (fault !== undefined && String((error as { code?: unknown }).code).startsWith('SQLITE_')) {
    process.stderr.write(`kb: ${describeStorageFault(fault, undefined, message)}\n`);
    return 1;
  }
  process.stderr.write(`kb: unexpected error: ${message}\n`);
  if (process.env.KB_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write('Run again with KB_DEBUG=1 for details, and report it if it persists.\n');
  return 1;
}

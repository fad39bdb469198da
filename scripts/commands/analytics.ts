/**
 * `kb analytics`: maintenance of the analytics database. Other files add
 * subcommands to the same group with `analyticsCommand(program)`, e.g.
 *
 *   export function registerAnalyticsPull(program: Command): void {
 *     analyticsCommand(program).command('pull')…
 *   }
 *
 * and list their register function after `registerAnalytics` in `index.ts`.
 */
import { Command, InvalidArgumentError, Option } from 'commander';

/** The `analytics` command group of `program`, created on first use. */
export function analyticsCommand(program: Command): Command {
  return (
    program.commands.find((command) => command.name() === 'analytics') ??
    program.command('analytics').description('Work with the analytics database (prune, back up, and more).')
  );
}

function parseMonths(value: string): number {
  const months = Number(value);
  if (!/^\d+$/.test(value) || months < 1 || months > 120) throw new InvalidArgumentError('use a whole number of months from 1 to 120.');
  return months;
}

const dbOption = () => new Option('--db <file|url>', 'analytics database: a SQLite file or a postgres:// URL (default: KB_ANALYTICS_DB, else analytics.database in kb.config.yaml)');
const contentOption = () => new Option('--content <dir>', 'KB root holding kb.config.yaml').default('content');
const formatOption = () => new Option('--format <format>', 'output format').choices(['text', 'json']).default('text');

export function registerAnalytics(program: Command): void {
  const group = analyticsCommand(program);

  group
    .command('prune')
    .description('Roll raw events older than the retention period up into daily totals, then delete them.')
    .addOption(dbOption())
    .option('--months <n>', 'keep this many months of raw events (default: analytics.retention_months, 13)', parseMonths)
    .option('--dry-run', 'only report what would be pruned', false)
    .option('--warehouse <file>', 'warehouse whose pulled events follow the same retention (pruned when it exists)', 'data/kb.db')
    .addOption(contentOption())
    .addOption(formatOption())
    .addHelpText(
      'after',
      '\nThe server also prunes once a day. Stats over pruned days come from the daily totals.\n' +
        'Deleted events leave no bytes behind: the database runs with secure_delete and its write-ahead log is truncated.\n' +
        'A damaged database fails the command (exit 1) with what to do.',
    )
    .action(async (options: { db?: string; months?: number; dryRun: boolean; warehouse: string; content: string; format: 'text' | 'json' }) => {
      const { runPrune } = await import('../../analytics-api/cli/run-prune.ts');
      process.exitCode = await runPrune(options);
    });

  group
    .command('backup')
    .description('Copy the analytics database to FILE while the server keeps running (consistent snapshot).')
    .argument('<file>', 'where to write the backup')
    .addOption(dbOption())
    .option('--force', 'replace FILE if it exists', false)
    .addOption(contentOption())
    .addOption(formatOption())
    .action(async (file: string, options: { db?: string; force: boolean; content: string; format: 'text' | 'json' }) => {
      const { runBackup } = await import('../../analytics-api/cli/run-backup.ts');
      process.exitCode = await runBackup(file, options);
    });

  group
    .command('export')
    .description('Write the raw events as NDJSON (as GET /api/export does), from a SQLite file or a PostgreSQL database.')
    .addOption(dbOption())
    .option('--since <id|date>', 'events after this event id, or received from this ISO date or date-time')
    .option('--from <time>', 'received at or after (date, ISO date-time or ms)')
    .option('--to <time>', 'received before (a date includes that day)')
    .option('--out <file>', 'write to FILE (replaced only once the export is complete) instead of stdout')
    .addOption(contentOption())
    .action(async (options: { db?: string; since?: string; from?: string; to?: string; out?: string; content: string }) => {
      const { runExport } = await import('../../analytics-api/cli/run-export.ts');
      process.exitCode = await runExport(options);
    });

  group
    .command('popular')
    .description("Write the analytics export behind the home page's Popular and Most helpful lists.")
    .addOption(dbOption())
    .option('--out <file>', 'where to write it (the build reads site.popular_file, data/popular.json)', 'data/popular.json')
    .option('--days <n>', 'period to count, in days up to now', parseDays, 90)
    .addOption(contentOption())
    .action(async (options: { db?: string; out: string; days: number; content: string }) => {
      const { runPopular } = await import('../../analytics-api/cli/run-popular.ts');
      process.exitCode = await runPopular(options);
    });
}

function parseDays(value: string): number {
  const days = Number(value);
  if (!/^\d+$/.test(value) || days < 1 || days > 3660) throw new InvalidArgumentError('use a whole number of days from 1 to 3660.');
  return days;
}

/** `kb analytics pull`: copy analytics events into the warehouse, where reports join them with tickets. */
import { Command, Option } from 'commander';
import { analyticsCommand } from '../commands/analytics.ts';

export function registerAnalyticsPull(program: Command): void {
  analyticsCommand(program)
    .command('pull')
    .description('Copy new analytics events into the warehouse (incremental; pulling twice never duplicates).')
    .option('--from <url>', "a running help center's base URL; events come from its /api/export")
    .option('--token <token>', 'read token of the service (default: KB_ANALYTICS_TOKEN)')
    .option('--db <file|url>', 'read the analytics database instead: a SQLite file or a postgres:// URL (default: KB_ANALYTICS_DB, else analytics.database in kb.config.yaml)')
    .option('--warehouse <file>', 'warehouse database', 'data/kb.db')
    .option('--content <dir>', 'KB root holding kb.config.yaml', 'content')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExamples:\n  kb analytics pull\n  kb analytics pull --db backups/analytics.db\n  KB_ANALYTICS_TOKEN=… kb analytics pull --from https://help.example.com')
    .action(async (options: { from?: string; token?: string; db?: string; warehouse: string; content: string; format: 'text' | 'json' }) => {
      const { runAnalyticsPull } = await import('./run-analytics-pull.ts');
      process.exitCode = await runAnalyticsPull(options);
    });
}

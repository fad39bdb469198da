/** `kb metrics`: the weekly support dashboard with health lights and red flags. */
import { Command, Option } from 'commander';

export function registerMetrics(program: Command): void {
  program
    .command('metrics')
    .description('Support dashboard for a week or a range: volume, response and resolution times, SLA, FCR, CSAT, NPS, health lights and red flags.')
    .option('--week <week>', 'ISO week, like 2026-W47 (default: the last complete week)')
    .option('--from <date>', 'first day of a range (YYYY-MM-DD), with --to')
    .option('--to <date>', 'last day of a range, included')
    .option('--db <file>', 'warehouse database', 'data/kb.db')
    .option('--content <dir>', 'KB root holding kb.config.yaml', 'content')
    .option('--customers <file>', 'customers file (default: support.files.customers)')
    .option('--nps <file>', 'NPS answers file (default: support.files.nps)')
    .option('--now <time>', 'compute open-ticket figures at this ISO time instead of now')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'json']).default('md'))
    .addHelpText(
      'after',
      '\nWeeks run Monday 00:00 to Monday 00:00 in reports.timezone. Every figure is compared with the period before.\n' +
        'Exit codes: 0 done, 1 failed (no warehouse, bad configuration), 2 bad usage.',
    )
    .action(async (options: { week?: string; from?: string; to?: string; db: string; content: string; customers?: string; nps?: string; now?: string; format: 'md' | 'json' }) => {
      const { runMetrics } = await import('../metrics/run-metrics.ts');
      process.exitCode = await runMetrics(options);
    });
}

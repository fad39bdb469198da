/** `kb voc`: voice of the customer and root causes for a month. */
import { Command, Option } from 'commander';

export function registerVoc(program: Command): void {
  program
    .command('voc')
    .description('Voice of the customer for a month: pain points with anonymized quotes, feature requests, bugs, praise, root causes, the 10x rule.')
    .option('--month <month>', 'month, like 2026-11 (default: the last complete month)')
    .option('--from <date>', 'first day of a range (YYYY-MM-DD), with --to')
    .option('--to <date>', 'last day of a range, included')
    .option('--db <file>', 'warehouse database', 'data/kb.db')
    .option('--content <dir>', 'KB root holding kb.config.yaml', 'content')
    .option('--customers <file>', 'customers file, for plans of feature requests (default: support.files.customers)')
    .option('--now <time>', 'treat this ISO time as now')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'json']).default('md'))
    .addHelpText('after', '\nRoot-cause rules and actions live under support.root_causes in kb.config.yaml.\nExit codes: 0 done, 1 failed, 2 bad usage.')
    .action(async (options: { month?: string; from?: string; to?: string; db: string; content: string; customers?: string; now?: string; format: 'md' | 'json' }) => {
      const { runVoc } = await import('../voc/run-voc.ts');
      process.exitCode = await runVoc(options);
    });
}

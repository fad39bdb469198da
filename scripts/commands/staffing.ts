/** `kb staffing`: agents needed per weekday and hour, from 90 days of tickets. */
import { Command, Option } from 'commander';

export function registerStaffing(program: Command): void {
  program
    .command('staffing')
    .description('Agents needed per weekday and hour (tickets per hour × handle time / (60 × occupancy)), as a table or heatmap.')
    .option('--db <file>', 'warehouse database', 'data/kb.db')
    .option('--content <dir>', 'KB root holding kb.config.yaml', 'content')
    .option('--now <time>', 'forecast from the days before this ISO time instead of today')
    .addOption(new Option('--format <format>', 'md: table · svg: heatmap · html: both · json').choices(['md', 'json', 'html', 'svg']).default('md'))
    .addHelpText('after', '\nHandle time, occupancy and history days live under support.staffing in kb.config.yaml.\nExample: kb staffing --format svg > staffing.svg\nExit codes: 0 done, 1 failed, 2 bad usage.')
    .action(async (options: { db: string; content: string; now?: string; format: 'md' | 'json' | 'html' | 'svg' }) => {
      const { runStaffing } = await import('../staffing/run-staffing.ts');
      process.exitCode = await runStaffing(options);
    });
}

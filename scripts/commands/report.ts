/** `kb report weekly`: the weekly support report (PLAYBOOK §3.4) as Markdown, HTML and JSON. */
import { Command, Option } from 'commander';

export function registerReport(program: Command): void {
  const report = program.command('report').description('Support reports.');
  report
    .command('weekly')
    .description('The weekly support report: headlines, volume, performance, patterns, product feedback, knowledge base and action items, with charts.')
    .option('--week <week>', 'ISO week, like 2026-W47 (default: the last complete week)')
    .option('--db <file>', 'warehouse database', 'data/kb.db')
    .option('--content <dir>', 'KB root holding kb.config.yaml and articles/', 'content')
    .option('--customers <file>', 'customers file (default: support.files.customers)')
    .option('--nps <file>', 'NPS answers file (default: support.files.nps)')
    .option('--out <dir>', 'write support-report.md, .html and .json into this folder instead of printing Markdown')
    .option('--now <time>', 'treat this ISO time as now')
    .addOption(new Option('--format <format>', 'what to print when --out is not given').choices(['md', 'html', 'json']).default('md'))
    .addHelpText('after', '\nkb weekly includes this report. Exit codes: 0 done, 1 failed, 2 bad usage.')
    .action(async (options: { week?: string; db: string; content: string; customers?: string; nps?: string; out?: string; now?: string; format: 'md' | 'html' | 'json' }) => {
      const { runSupportReport } = await import('../support-report/run-support-report.ts');
      process.exitCode = await runSupportReport(options);
    });
}

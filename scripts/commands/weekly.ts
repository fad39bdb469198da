/** `kb weekly`: the KB owner's weekly report (lint, gaps, hygiene) in one folder per ISO week. */
import { Command, Option } from 'commander';

export function registerWeekly(program: Command): void {
  program
    .command('weekly')
    .description('Write the weekly KB report (lint summary, content gaps, hygiene, charts) to <out>/<ISO week>/.')
    .option('--out <dir>', 'folder for the week folders (default: reports.out_dir, "reports")')
    .option('--week <week>', 'ISO week to report, like 2026-W12 (default: the last complete week)')
    .option('--releases <file>', 'release notes for the release check (see kb hygiene --help)')
    .option('--db <file>', 'warehouse database (default: data/kb.db)')
    .option('--sample', 'report on the shipped sample data (content/samples) in a fresh data/sample.db', false)
    .option('--content <dir>', 'KB root holding kb.config.yaml and articles/', 'content')
    .addOption(new Option('--format <format>', 'summary format').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nWrites report.md (paste into a PR or chat; charts as SVG files beside it), report.json and report.html.')
    .action(async (options: { out?: string; week?: string; releases?: string; db?: string; sample: boolean; content: string; format: 'text' | 'json' }) => {
      const { runWeekly } = await import('../weekly/run-weekly.ts');
      process.exitCode = await runWeekly(options);
    });
}

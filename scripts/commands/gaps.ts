/** `kb gaps`: which ticket topics need a new article, a better one, or a findable one. */
import { Command, Option } from 'commander';

export function registerGaps(program: Command): void {
  program
    .command('gaps')
    .description('Report content gaps: ticket topics with no article, an unhelpful one, or one customers do not find.')
    .option('--since <length>', 'period ending now, like 7d, 2w or 36h (default: reports.gaps.period_days)')
    .option('--from <date>', 'first day (YYYY-MM-DD, in reports.timezone) or ISO time')
    .option('--to <date>', 'last day included (YYYY-MM-DD) or ISO time (exclusive); default now')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'json', 'html']).default('md'))
    .option('--out <dir>', 'write gaps.<format> into this folder instead of printing')
    .option('--db <file>', 'warehouse database', 'data/kb.db')
    .option('--content <dir>', 'KB root holding kb.config.yaml and articles/', 'content')
    .addHelpText(
      'after',
      '\nActions (PLAYBOOK §1.4): create (no article), improve (low helpful share), discoverability\n' +
        '(good article customers do not find), covered. Thresholds: reports.gaps in kb.config.yaml.\n' +
        'Data: "kb tickets import FILE" and "kb analytics pull" fill the warehouse first.',
    )
    .action(async (options: { since?: string; from?: string; to?: string; format: 'md' | 'json' | 'html'; out?: string; db: string; content: string }) => {
      const { runGaps } = await import('../gaps/run-gaps.ts');
      process.exitCode = await runGaps(options);
    });
}

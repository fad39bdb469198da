/** `kb lint`: check articles against the help-article rules. */
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';

interface LintCommandOptions {
  content: string;
  format: 'text' | 'json' | 'json-report' | 'sarif';
  quiet: boolean;
  fix: boolean;
  metrics: boolean;
  maxWarnings?: number;
  cache: boolean;
}

function count(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number of warnings, like 0 or 10');
  return Number(value);
}

export function registerLint(program: Command): void {
  program
    .command('lint')
    .description('Check articles against the help-article rules (structure, reading grade, steps, links).')
    .argument('[paths...]', 'articles (.md, .mdx) or folders to check (default: every article under <content>/articles)')
    .option('--content <dir>', 'KB root holding kb.config.yaml and articles/', 'content')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'json-report', 'sarif']).default('text'))
    .option('--quiet', 'print errors only (warnings still counted in the summary)', false)
    .option('--fix', 'apply the mechanical fixes (wording, section order, heading case, TODO stubs for missing sections), then report what is left', false)
    .option('--metrics', 'report each article’s reading grade, words, sentences, steps and hardest sentences (a table; an array with --format json)', false)
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', count)
    .option('--cache', 'reuse results of unchanged articles (node_modules/.cache/kb-lint/)', false)
    .option('--no-cache', 'lint every article afresh')
    .addHelpText(
      'after',
      '\nExit codes: 0 no errors (and no more warnings than --max-warnings), 1 errors found or too many warnings,\n' +
        '2 bad usage, a bad configuration or no articles to check.\n' +
        'Waive a rule for the next block with {/* kb-disable rule-id -- reason */} (MDX) or <!-- kb-disable rule-id -- reason --> (Markdown).',
    )
    .action(async (paths: string[], options: LintCommandOptions) => {
      const { runLint } = await import('../lint/run-lint.ts');
      process.exitCode = await runLint({
        paths,
        contentDir: path.resolve(options.content),
        format: options.format,
        quiet: options.quiet,
        fix: options.fix,
        metrics: options.metrics,
        maxWarnings: options.maxWarnings,
        cache: options.cache,
      });
    });
}

/** `kb lint`: check articles against the help-article rules. */
import path from 'node:path';
import { Command, Option } from 'commander';

export function registerLint(program: Command): void {
  program
    .command('lint')
    .description('Check articles against the help-article rules (structure, reading grade, steps, links).')
    .argument('[paths...]', 'articles or folders to check (default: every article under <content>/articles)')
    .option('--content <dir>', 'KB root holding kb.config.yaml and articles/', 'content')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .option('--quiet', 'print errors only (warnings still counted in the summary)', false)
    .addHelpText(
      'after',
      '\nExit codes: 0 no errors (warnings allowed), 1 errors found, 2 bad usage or configuration.\n' +
        'Waive a rule for the next block with {/* kb-disable rule-id -- reason */}.',
    )
    .action(async (paths: string[], options: { content: string; format: 'text' | 'json' | 'sarif'; quiet: boolean }) => {
      const { runLint } = await import('../lint/run-lint.ts');
      process.exitCode = await runLint({ paths, contentDir: path.resolve(options.content), format: options.format, quiet: options.quiet });
    });
}

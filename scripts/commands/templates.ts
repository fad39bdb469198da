/** `kb templates check`: response templates keep the HEARD shape and the reading grade. */
import { Command, Option } from 'commander';

export function registerTemplates(program: Command): void {
  const templates = program.command('templates').description('Response templates for agents (content/templates/*.md).');
  templates
    .command('check')
    .description('Check that every response template has the HEARD sections in order and reads at grade 8 or below.')
    .option('--content <dir>', 'KB root holding kb.config.yaml and templates/', 'content')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExit codes: 0 every template passes, 1 problems found or a bad configuration, 2 bad usage.')
    .action(async (options: { content: string; format: 'text' | 'json' }) => {
      const { runTemplatesCheck } = await import('../suggest/run-templates-check.ts');
      process.exitCode = await runTemplatesCheck(options);
    });
}

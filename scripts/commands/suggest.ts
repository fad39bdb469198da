/** `kb suggest`: the best help articles and the response template for one ticket. */
import { Command, Option } from 'commander';

export function registerSuggest(program: Command): void {
  program
    .command('suggest')
    .description('Suggest the 3 best help articles and the response template for a ticket in the warehouse.')
    .argument('<ticket-id>', 'the ticket id as imported')
    .option('--db <file>', 'warehouse database', 'data/kb.db')
    .option('--content <dir>', 'KB root holding kb.config.yaml, articles/ and templates/', 'content')
    .option('--customers <file>', 'customers file (default: support.files.customers)')
    .option('--now <time>', 'compute the SLA state at this ISO time instead of now')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nTemplates per category live under support.templates in kb.config.yaml.\nExit codes: 0 done, 1 failed (unknown ticket, no warehouse), 2 bad usage.')
    .action(async (id: string, options: { db: string; content: string; customers?: string; now?: string; format: 'text' | 'json' }) => {
      const { runSuggest } = await import('../suggest/run-suggest.ts');
      process.exitCode = await runSuggest({ id, ...options });
    });
}

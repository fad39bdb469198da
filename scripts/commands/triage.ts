/** `kb triage`: priority, category, route, SLA and flags for tickets, with the rule behind each. */
import { Command, Option } from 'commander';

export function registerTriage(program: Command): void {
  program
    .command('triage')
    .description('Triage tickets: priority, category tags, route, SLA due times and state, escalation flags, and why.')
    .argument('[file]', 'tickets as canonical JSON (object, array or one per line) or any helpdesk export kb tickets import reads')
    .option('--stdin', 'read canonical JSON tickets from stdin (one object or an array), e.g. from a helpdesk webhook', false)
    .option('--db <file>', 'warehouse to triage (default data/kb.db when no FILE or --stdin); with FILE or --stdin, the customers\' history')
    .option('--content <dir>', 'KB root holding kb.config.yaml', 'content')
    .option('--customers <file>', 'customers file (CSV or JSON) for plan, LTV, MRR and tenure rules (default: support.files.customers)')
    .option('--now <time>', 'compute SLA states at this ISO time instead of now')
    .option('--timezone <zone>', 'IANA zone of export timestamps without an offset (helpdesk exports only)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .addHelpText(
      'after',
      '\nRules live in kb.config.yaml under support: priorities, ticket_categories, routing, escalation, sla.\n' +
        'Example: echo \'{"id":"42","created_at":"2026-11-20T09:00:00Z","subject":"Site is down"}\' | kb triage --stdin --format json\n' +
        'Exit codes: 0 triaged, 1 failed (bad input or configuration), 2 bad usage.',
    )
    .action(async (file: string | undefined, options: { stdin: boolean; db?: string; content: string; customers?: string; now?: string; timezone?: string; format: 'table' | 'json' | 'csv' }) => {
      const { runTriage } = await import('../triage/run-triage.ts');
      process.exitCode = await runTriage({ file, ...options });
    });
}

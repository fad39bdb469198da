/** `kb triage`: priority, category, route, SLA and flags for tickets, with the rule behind each. */
import { Command, Option } from 'commander';

export function registerTriage(program: Command): void {
  const triage = program
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
      '\nRules live in kb.config.yaml under support: priorities, ticket_categories, routing, escalation, sla, languages;\n' +
        'a model trained with "kb triage train" is named by support.triage_model.\n' +
        'A ticket file literally named "train" or "evaluate" is given as ./train or ./evaluate.\n' +
        'Example: echo \'{"id":"42","created_at":"2026-11-20T09:00:00Z","subject":"Site is down"}\' | kb triage --stdin --format json\n' +
        'Exit codes: 0 triaged, 1 failed (bad input or configuration), 2 bad usage.',
    )
    .action(async (file: string | undefined, options: { stdin: boolean; db?: string; content: string; customers?: string; now?: string; timezone?: string; format: 'table' | 'json' | 'csv' }) => {
      const { runTriage } = await import('../triage/run-triage.ts');
      process.exitCode = await runTriage({ file, ...options });
    });

  // Options after "train" or "evaluate" are theirs (both have --format, --db and --content of their own).
  triage.enablePositionalOptions();

  triage
    .command('train')
    .description("Learn a label (category, priority, queue, group, type…) from tickets the agents labelled; writes the model as JSON.")
    .option('--input <file>', 'labelled tickets: a helpdesk export, JSON tickets carrying the label field, or a CSV')
    .option('--db <file>', 'or the warehouse (the label is a ticket field such as category or priority)')
    .requiredOption('--label <field>', "the field that holds the agents' label (an export column or ticket field)")
    .requiredOption('--out <model>', 'where to write the model (JSON); name it in support.triage_model to use it')
    .option('--content <dir>', 'KB root holding kb.config.yaml (languages and stop words shape the model)', 'content')
    .option('--timezone <zone>', 'IANA zone of export timestamps without an offset')
    .addHelpText(
      'after',
      '\nTraining needs at least 20 labelled tickets and 2 labels. The same tickets give the same file.\n' +
        'Example: kb triage train --input tickets.json --label type --out data/type-model.json\n' +
        'Exit codes: 0 trained, 1 failed (bad input, too few tickets or labels), 2 bad usage.',
    )
    .action(async (options: { input?: string; db?: string; label: string; out: string; content: string; timezone?: string }) => {
      const { runTrain } = await import('../triage/model/run-train.ts');
      process.exitCode = await runTrain(options);
    });

  triage
    .command('evaluate')
    .description("How often predicted labels match the agents' labels: accuracy, majority baseline, per label and per language, against the playbook's 85% target.")
    .option('--input <file>', 'labelled tickets: a helpdesk export, JSON tickets carrying the label field, or a CSV')
    .option('--db <file>', 'or the warehouse (the label is a ticket field such as category or priority)')
    .requiredOption('--label <field>', "the field that holds the agents' label")
    .option('--model <model>', 'evaluate this trained model on all the tickets')
    .option('--holdout <share>', 'train on the rest and test on this share of each label (default 0.3)')
    .option('--seed <n>', 'seed of the holdout split (default 1): the same seed gives the same split')
    .option('--rules', "evaluate the keyword rules: triage's own category or priority against the agents'", false)
    .option('--content <dir>', 'KB root holding kb.config.yaml', 'content')
    .option('--timezone <zone>', 'IANA zone of export timestamps without an offset')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'md']).default('table'))
    .addHelpText(
      'after',
      '\nExample: kb triage evaluate --input tickets.json --label type --holdout 0.3 --seed 7 --format json\n' +
        'Exit codes: 0 evaluated (whether or not the target is met), 1 failed (bad input or model), 2 bad usage.',
    )
    .action(async (options: { input?: string; db?: string; label: string; model?: string; holdout?: string; seed?: string; rules: boolean; content: string; timezone?: string; format: 'table' | 'json' | 'md' }) => {
      const { runEvaluate } = await import('../triage/model/run-evaluate.ts');
      process.exitCode = await runEvaluate(options);
    });
}

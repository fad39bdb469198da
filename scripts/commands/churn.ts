/** `kb churn`: churn risk per customer with the signals that scored, the level and the offer ceiling. */
import { Command, Option } from 'commander';

export function registerChurn(program: Command): void {
  program
    .command('churn')
    .description('Churn risk 0-100 per customer: the signals that scored, the level and its action, and the offer ceiling for the MRR.')
    .option('--customers <file>', 'customers file, CSV or JSON (default: support.files.customers)')
    .option('--usage <file>', 'monthly usage file, CSV or JSON (default: support.files.usage)')
    .option('--db <file>', 'warehouse with the customers\' tickets', 'data/kb.db')
    .option('--content <dir>', 'KB root holding kb.config.yaml', 'content')
    .option('--now <time>', 'score as of this ISO time instead of now')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addHelpText(
      'after',
      '\nCustomers file columns: id (required), name, domains, plan, mrr, ltv, customer_since, renewal_date, last_login_at,\n' +
        '  failed_payment, cancellation_requested, downgrade_requested. Usage file columns: customer_id, month (YYYY-MM), usage.\n' +
        'Points, levels and offers live under support.churn in kb.config.yaml.\n' +
        'Exit codes: 0 done, 1 failed (missing or bad file, bad configuration), 2 bad usage.',
    )
    .action(async (options: { customers?: string; usage?: string; db: string; content: string; now?: string; format: 'table' | 'json' }) => {
      const { runChurn } = await import('../churn/run-churn.ts');
      process.exitCode = await runChurn(options);
    });
}

/** `kb contact`: the contact outbox — what is on its way to the helpdesk, what was dead-lettered, and sending it again. */
import { Command, Option } from 'commander';

const dbOption = () => new Option('--db <file>', 'analytics database (default: KB_ANALYTICS_DB, else analytics.database in kb.config.yaml)');
const contentOption = () => new Option('--content <dir>', 'KB root holding kb.config.yaml').default('content');

export function registerContact(program: Command): void {
  const group = program.command('contact').description('See and resend contact requests on their way to the helpdesk.');
  group
    .command('status')
    .description('Count contact requests by state and list the waiting and dead-lettered ones with what the target said.')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(contentOption())
    .addHelpText('after', '\nStates: queued (waiting for an attempt), sending, delivered, dead (the target refused it, or every attempt failed).\nNo message text is shown: only ids, times, attempts and the targets\' answers.')
    .action(async (options: { db?: string; format: 'text' | 'json'; content: string }) => {
      const { runContactStatus } = await import('../../analytics-api/cli/run-contact-status.ts');
      process.exitCode = await runContactStatus(options);
    });
  group
    .command('retry')
    .description('Send dead-lettered contact requests again (all of them, or the given ids), with a fresh count of attempts.')
    .argument('[ids...]', 'request ids (from kb contact status); none = every dead-lettered request')
    .addOption(dbOption())
    .addOption(contentOption())
    .addHelpText('after', '\nA running `kb serve` picks them up within seconds; otherwise they go out when it starts. Delivered requests keep no text and cannot be resent.')
    .action(async (ids: string[], options: { db?: string; content: string }) => {
      const { runContactRetry } = await import('../../analytics-api/cli/run-contact-retry.ts');
      process.exitCode = await runContactRetry({ ...options, ids });
    });
}

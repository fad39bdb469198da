/** `kb contact retry [ID…]`: makes dead-lettered requests (or the given ones) due now; exit 1 when an id is unknown. */
import { retryContactRequests } from '../outbox/retry-contact-requests.ts';
import { loadServiceConfig } from './load-service-config.ts';
import { cliDatabaseError, openExistingCliStore } from './open-cli-database.ts';

export interface ContactRetryOptions {
  db?: string | undefined;
  ids: string[];
  content: string;
  write?: (text: string) => void;
  warn?: (text: string) => void;
}

export async function runContactRetry(options: ContactRetryOptions): Promise<number> {
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  const warn = options.warn ?? ((text: string) => void process.stderr.write(text));
  const store = await openExistingCliStore(options.db ?? loadServiceConfig(options.content, undefined).db);
  const file = store.location;
  try {
    const result = await retryContactRequests(store.outbox, options.ids, Date.now());
    if (result.retried.length === 0 && options.ids.length === 0) write('No dead-lettered contact requests: nothing to send again.\n');
    else if (result.retried.length > 0) {
      write(`Sending ${result.retried.length} contact request${result.retried.length === 1 ? '' : 's'} again: ${result.retried.join(', ')}. A running \`kb serve\` picks them up within seconds.\n`);
    }
    for (const skipped of result.skipped) {
      warn(skipped.status === 'delivered' ? `${skipped.id}: already delivered (its text is deleted); nothing to resend.\n` : `${skipped.id}: being sent right now; nothing to do.\n`);
    }
    if (result.unknown.length > 0) {
      warn(`No contact request ${result.unknown.join(', ')} in ${file}: use the ids \`kb contact status\` lists.\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    throw cliDatabaseError(error, file);
  } finally {
    await store.close();
  }
}

/** `kb contact retry [ID…]`: makes dead-lettered requests (or the given ones) due now; exit 1 when an id is unknown. */
import { existsSync } from 'node:fs';
import { UserError } from '../../scripts/cli/user-error.ts';
import { retryContactRequests } from '../outbox/retry-contact-requests.ts';
import { loadServiceConfig } from './load-service-config.ts';
import { cliDatabaseError, openCliDatabase } from './open-cli-database.ts';

export interface ContactRetryOptions {
  db?: string | undefined;
  ids: string[];
  content: string;
  write?: (text: string) => void;
  warn?: (text: string) => void;
}

export function runContactRetry(options: ContactRetryOptions): number {
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  const warn = options.warn ?? ((text: string) => void process.stderr.write(text));
  const file = options.db ?? loadServiceConfig(options.content, undefined).db;
  if (!existsSync(file)) throw new UserError(`${file}: no analytics database here yet. Fix: pass --db with the file \`kb serve\` writes (KB_ANALYTICS_DB).`);
  const db = openCliDatabase(file);
  try {
    const result = retryContactRequests(db, options.ids, Date.now());
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
    db.close();
  }
}

/** `kb contact status`: counts per state, then the waiting and dead-lettered requests, oldest first (never their text). */
import { terminalText } from '../../plugins/text/terminal-text.ts';
import { countContactRequests, listContactRequests, type ContactRequestSummary } from '../outbox/list-contact-requests.ts';
import { loadServiceConfig } from './load-service-config.ts';
import { cliDatabaseError, openExistingCliStore } from './open-cli-database.ts';

export interface ContactStatusOptions {
  db?: string | undefined;
  format: 'text' | 'json';
  content: string;
  write?: (text: string) => void;
}

/** Requests listed per state. */
const LISTED = 200;

export async function runContactStatus(options: ContactStatusOptions): Promise<number> {
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  const store = await openExistingCliStore(options.db ?? loadServiceConfig(options.content, undefined).db);
  const file = store.location;
  try {
    const counts = await countContactRequests(store.outbox);
    const dead = await listContactRequests(store.outbox, ['dead'], LISTED);
    const waiting = await listContactRequests(store.outbox, ['pending', 'sending'], LISTED);
    if (options.format === 'json') {
      write(`${JSON.stringify({ db: file, counts: { queued: counts.pending, sending: counts.sending, delivered: counts.delivered, dead: counts.dead }, dead: dead.map(toJson), waiting: waiting.map(toJson) }, null, 2)}\n`);
      return 0;
    }
    const lines = [`Contact requests in ${file}: ${counts.delivered} delivered, ${counts.pending} queued, ${counts.sending} being sent, ${counts.dead} dead-lettered.`];
    if (dead.length > 0) {
      lines.push('', `Dead-lettered (\`kb contact retry\` sends them all again, \`kb contact retry ID\` one):`);
      for (const row of dead) lines.push(`  ${row.id}  ${when(row.created_at)}  ${row.target}, ${row.attempts} attempt${row.attempts === 1 ? '' : 's'}: ${clean(row.last_error)}`);
    }
    if (waiting.length > 0) {
      lines.push('', 'On their way:');
      for (const row of waiting) {
        const next = row.status === 'sending' ? 'being sent now' : `next attempt ${when(row.next_attempt_at)}`;
        lines.push(`  ${row.id}  ${when(row.created_at)}  ${row.target}, ${row.attempts} attempt${row.attempts === 1 ? '' : 's'}, ${next}${row.last_error ? `; last: ${clean(row.last_error)}` : ''}`);
      }
    }
    write(`${lines.join('\n')}\n`);
    return 0;
  } catch (error) {
    throw cliDatabaseError(error, file);
  } finally {
    await store.close();
  }
}

function toJson(row: ContactRequestSummary) {
  return {
    id: row.id,
    status: row.status === 'pending' ? 'queued' : row.status,
    target: row.target,
    created_at: new Date(row.created_at).toISOString(),
    attempts: row.attempts,
    next_attempt_at: row.status === 'dead' ? null : new Date(row.next_attempt_at).toISOString(),
    last_status: row.last_status,
    last_error: row.last_error,
    priority: row.priority,
    category: row.category,
  };
}

function when(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

// What a target answered is outside text: it must not drive the terminal.
function clean(text: string | null): string {
  return text === null ? '(no answer recorded)' : terminalText(text, { inline: true });
}

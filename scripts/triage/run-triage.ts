/**
 * `kb triage` as a function: read tickets (a file, stdin or the warehouse),
 * triage them with the configured rules, print them in the chosen format.
 */
import path from 'node:path';
import { loadConfig } from '../../plugins/config/load-config.ts';
import { supportSettings } from '../../plugins/config/support-config.ts';
import { UsageError } from '../cli/user-error.ts';
import { loadCustomers } from '../churn/load-customers.ts';
import type { Ticket } from '../tickets/ticket-schema.ts';
import { startProgressBar } from '../tickets/progress-bar.ts';
import { loadWarehouseTickets } from '../metrics/load-support-data.ts';
import { formatTriageCsv, formatTriageJson, formatTriageTable } from './format-triage.ts';
import { parseCanonicalTickets, readStdin, readTicketFile } from './read-ticket-input.ts';
import { triageTickets } from './triage-tickets.ts';
import { parseNow } from './parse-now.ts';
import { loadTriageModel } from './model/triage-model.ts';

/** Options of {@link runTriage}, as the command line gives them. */
export interface RunTriageOptions {
  file?: string;
  stdin: boolean;
  db?: string;
  content: string;
  format: 'table' | 'json' | 'csv';
  customers?: string;
  now?: string;
  timezone?: string;
  write?: (text: string) => void;
  warn?: (text: string) => void;
  readInput?: () => Promise<string>;
}

/** Runs triage; returns the exit code. */
export async function runTriage(options: RunTriageOptions): Promise<number> {
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  if (options.file && options.stdin) throw new UsageError('Give either a FILE or --stdin, not both.');
  const config = loadConfig(path.resolve(options.content));
  const now = parseNow(options.now);
  const customers = loadCustomers(options.customers ?? config.support.files.customers, options.customers !== undefined);

  let tickets: Ticket[];
  let single = false;
  let history: Ticket[] = [];
  if (options.stdin || options.file) {
    const input = options.stdin
      ? parseCanonicalTickets(await (options.readInput ?? readStdin)(), 'stdin')
      : await readTicketFile(options.file!, options.timezone);
    tickets = input.tickets;
    single = input.single;
    if (input.skipped.length > 0) {
      const shown = input.skipped.slice(0, 20).map((p) => `  ${p}`).join('\n');
      const more = input.skipped.length > 20 ? `\n  … and ${input.skipped.length - 20} more` : '';
      (options.warn ?? ((text: string) => void process.stderr.write(text)))(`Skipped ${input.skipped.length} row${input.skipped.length === 1 ? '' : 's'} that could not be read:\n${shown}${more}\n`);
    }
    // With --db, the warehouse is the customers' history for repeat-issue rules.
    if (options.db) history = loadWarehouseTickets(options.db, 'triage a file or --stdin');
  } else {
    tickets = loadWarehouseTickets(options.db ?? 'data/kb.db', 'triage a file or --stdin');
  }
  // A bar on the terminal for big warehouses; nothing in pipes and CI logs.
  const bar = tickets.length >= 20_000 ? startProgressBar('Triage', tickets.length) : null;
  const support = supportSettings(config);
  // The model is checked before any ticket is read into it: a model from another config is refused with the fix.
  const model = support.triage_model === null ? null : loadTriageModel(support.triage_model, support);
  const results = triageTickets(tickets, support, { now, customers, history, model, onProgress: bar ? (done) => bar.update(done, done) : undefined });
  bar?.stop();
  if (options.format === 'json') write(formatTriageJson(results, single));
  else if (options.format === 'csv') write(formatTriageCsv(results));
  else write(formatTriageTable(results));
  return 0;
}

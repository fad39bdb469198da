/** `kb voc` as a function: the month's tickets from the warehouse, the report, printed. */
import path from 'node:path';
import { loadConfig } from '../../plugins/config/load-config.ts';
import { supportSettings } from '../../plugins/config/support-config.ts';
import { loadCustomers } from '../churn/load-customers.ts';
import { reportStopWords } from '../gaps/report-stop-words.ts';
import { loadWarehouseTickets, ticketSpan } from '../metrics/load-support-data.ts';
import { resolvePeriod } from '../metrics/resolve-period.ts';
import { parseNow } from '../triage/parse-now.ts';
import { buildVoc } from './build-voc.ts';
import { formatVocMarkdown } from './format-voc.ts';

/** Options of {@link runVoc}, as the command line gives them. */
export interface RunVocOptions {
  month?: string;
  from?: string;
  to?: string;
  db: string;
  content: string;
  customers?: string;
  format: 'md' | 'json';
  now?: string;
  write?: (text: string) => void;
  warn?: (text: string) => void;
}

/** Runs `kb voc`; returns the exit code. */
export async function runVoc(options: RunVocOptions): Promise<number> {
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  const warn = options.warn ?? ((text: string) => void process.stderr.write(text));
  const config = loadConfig(path.resolve(options.content));
  const support = supportSettings(config);
  const now = parseNow(options.now);
  const period = resolvePeriod({ month: options.month, from: options.from, to: options.to }, support.time_zone, now, 'month');
  const tickets = loadWarehouseTickets(options.db);
  const report = buildVoc({
    tickets,
    period,
    now,
    config,
    support,
    customers: loadCustomers(options.customers ?? support.files.customers, options.customers !== undefined),
    stopWords: reportStopWords(config),
  });
  if (report.tickets === 0) warn(`No tickets received in ${period.label}; ${ticketSpan(tickets)}. Pick a month with --month.\n`);
  write(options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatVocMarkdown(report));
  return 0;
}

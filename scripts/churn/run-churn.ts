/** `kb churn` as a function: read customers, usage and tickets, score, print. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../plugins/config/load-config.ts';
import { supportSettings } from '../../plugins/config/support-config.ts';
import { loadWarehouseTickets } from '../metrics/load-support-data.ts';
import type { Ticket } from '../tickets/ticket-schema.ts';
import { parseNow } from '../triage/parse-now.ts';
import { customerSchema, usageSchema, type UsageRow } from './customer-schema.ts';
import { formatChurnJson, formatChurnTable } from './format-churn.ts';
import { readTableFile } from './read-table-file.ts';
import { scoreChurn } from './score-churn.ts';

/** Options of {@link runChurn}, as the command line gives them. */
export interface RunChurnOptions {
  customers?: string;
  usage?: string;
  db: string;
  content: string;
  format: 'table' | 'json';
  now?: string;
  write?: (text: string) => void;
  warn?: (text: string) => void;
}

/** Runs `kb churn`; returns the exit code. */
export async function runChurn(options: RunChurnOptions): Promise<number> {
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  const warn = options.warn ?? ((text: string) => void process.stderr.write(text));
  const config = loadConfig(path.resolve(options.content));
  const support = supportSettings(config);
  const now = parseNow(options.now);
  const customers = readTableFile(options.customers ?? support.files.customers, customerSchema, 'customers');
  const usageFile = options.usage ?? support.files.usage;
  let usage: UsageRow[] = [];
  if (options.usage !== undefined || existsSync(usageFile)) usage = readTableFile(usageFile, usageSchema, 'usage');
  else warn(`No usage file at ${usageFile}: the usage-drop signal is not scored. Pass --usage FILE to score it.\n`);
  let tickets: Ticket[] = [];
  if (existsSync(options.db)) tickets = loadWarehouseTickets(options.db);
  else warn(`No warehouse at ${options.db}: ticket signals (cancellation, competitor, negative tickets) are not scored. Import tickets with "kb tickets import FILE".\n`);
  const risks = scoreChurn({ customers, usage, tickets, support, now });
  write(options.format === 'json' ? formatChurnJson(risks) : formatChurnTable(risks, support.churn.levels.map((l) => l.level)));
  return 0;
}

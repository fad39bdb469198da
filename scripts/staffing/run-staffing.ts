/** `kb staffing` as a function: tickets from the warehouse, the forecast, in the chosen format. */
import path from 'node:path';
import { loadConfig } from '../../plugins/config/load-config.ts';
import { supportSettings } from '../../plugins/config/support-config.ts';
import { loadWarehouseTickets, ticketSpan } from '../metrics/load-support-data.ts';
import { parseNow } from '../triage/parse-now.ts';
import { buildStaffing } from './build-staffing.ts';
import { formatStaffingHtml, formatStaffingMarkdown, staffingHeatmap } from './format-staffing.ts';

/** Options of {@link runStaffing}, as the command line gives them. */
export interface RunStaffingOptions {
  db: string;
  content: string;
  format: 'md' | 'json' | 'html' | 'svg';
  now?: string;
  write?: (text: string) => void;
  warn?: (text: string) => void;
}

/** Runs `kb staffing`; returns the exit code. */
export async function runStaffing(options: RunStaffingOptions): Promise<number> {
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  const warn = options.warn ?? ((text: string) => void process.stderr.write(text));
  const config = loadConfig(path.resolve(options.content));
  const support = supportSettings(config);
  const tickets = loadWarehouseTickets(options.db);
  const plan = buildStaffing(tickets, support, parseNow(options.now));
  if (plan.tickets === 0) warn(`No tickets created in the ${plan.window_days} days before now; ${ticketSpan(tickets)}. Use --now to forecast from another date.\n`);
  else if (plan.warning) warn(`${plan.warning}\n`);
  if (options.format === 'json') write(`${JSON.stringify(plan, null, 2)}\n`);
  else if (options.format === 'svg') write(`${await staffingHeatmap(plan)}\n`);
  else if (options.format === 'html') write(await formatStaffingHtml(plan));
  else write(formatStaffingMarkdown(plan));
  return 0;
}

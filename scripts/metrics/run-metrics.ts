/** `kb metrics` as a function: load tickets, build the dashboard, print it. */
import path from 'node:path';
import { loadConfig } from '../../plugins/config/load-config.ts';
import { supportSettings } from '../../plugins/config/support-config.ts';
import { loadCustomers } from '../churn/load-customers.ts';
import { parseNow } from '../triage/parse-now.ts';
import { buildDashboard, dashboardJson } from './build-dashboard.ts';
import { formatDashboardMarkdown } from './format-dashboard-md.ts';
import { loadSupportDeflection } from './load-deflection.ts';
import { loadNpsResponses } from './nps-responses.ts';
import { loadWarehouseTickets, ticketSpan } from './load-support-data.ts';
import { resolvePeriod, type PeriodOptions } from './resolve-period.ts';

/** Options of {@link runMetrics}, as the command line gives them. */
export interface RunMetricsOptions extends PeriodOptions {
  db: string;
  content: string;
  format: 'md' | 'json';
  now?: string;
  customers?: string;
  nps?: string;
  write?: (text: string) => void;
  warn?: (text: string) => void;
}

/** Runs `kb metrics`; returns the exit code. */
export async function runMetrics(options: RunMetricsOptions): Promise<number> {
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  const warn = options.warn ?? ((text: string) => void process.stderr.write(text));
  const config = loadConfig(path.resolve(options.content));
  const support = supportSettings(config);
  const now = parseNow(options.now);
  const period = resolvePeriod(options, support.time_zone, now);
  const tickets = loadWarehouseTickets(options.db);
  const dashboard = buildDashboard({
    tickets,
    period,
    now,
    support,
    customers: loadCustomers(options.customers ?? support.files.customers, options.customers !== undefined),
    nps: loadNpsResponses(options.nps ?? support.files.nps, options.nps !== undefined),
    deflection: loadSupportDeflection(options.db),
  });
  if (dashboard.current.counts.received === 0) warn(`No tickets received in ${period.label}; ${ticketSpan(tickets)}. Pick a period with --week or --from/--to.\n`);
  write(options.format === 'json' ? `${JSON.stringify(dashboardJson(dashboard), null, 2)}\n` : formatDashboardMarkdown(dashboard));
  return 0;
}

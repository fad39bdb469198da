/**
 * `kb report weekly` as a function. Gaps and hygiene for the KB section
 * come from the content-gap and hygiene modules, run the way `kb weekly`
 * runs them; a KB without articles or analytics still gets the rest.
 */
import path from 'node:path';
import { loadConfig } from '../../plugins/config/load-config.ts';
import { supportSettings } from '../../plugins/config/support-config.ts';
import { loadCustomers } from '../churn/load-customers.ts';
import { loadWarehouseTickets, ticketSpan } from '../metrics/load-support-data.ts';
import { loadNpsResponses } from '../metrics/nps-responses.ts';
import { createDeflectionReader } from '../metrics/load-deflection.ts';
import { resolvePeriod } from '../metrics/resolve-period.ts';
import { toJson } from '../reports/write-report.ts';
import { parseNow } from '../triage/parse-now.ts';
import { openWarehouse } from '../warehouse/open-warehouse.ts';
import { buildSupportReport } from './build-support-report.ts';
import { collectKbSection } from './collect-kb-section.ts';
import { writeSupportReportFiles } from './weekly-support-report.ts';

/** Options of {@link runSupportReport}, as the command line gives them. */
export interface RunSupportReportOptions {
  week?: string;
  db: string;
  content: string;
  customers?: string;
  nps?: string;
  out?: string;
  now?: string;
  format: 'md' | 'html' | 'json';
  write?: (text: string) => void;
  warn?: (text: string) => void;
}

/** Runs `kb report weekly`; returns the exit code. */
export async function runSupportReport(options: RunSupportReportOptions): Promise<number> {
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  const warn = options.warn ?? ((text: string) => void process.stderr.write(text));
  const contentDir = path.resolve(options.content);
  const config = loadConfig(contentDir);
  const support = supportSettings(config);
  const now = parseNow(options.now);
  const period = resolvePeriod({ week: options.week }, support.time_zone, now);
  const tickets = loadWarehouseTickets(options.db);
  const db = openWarehouse(options.db);
  let report;
  try {
    const kb = await collectKbSection({ db, contentDir, config, period, warn });
    report = await buildSupportReport({
      tickets,
      week: period.label,
      now,
      config,
      customers: loadCustomers(options.customers ?? support.files.customers, options.customers !== undefined),
      nps: loadNpsResponses(options.nps ?? support.files.nps, options.nps !== undefined),
      deflection: createDeflectionReader(db),
      kb,
    });
  } finally {
    db.close();
  }
  if (report.data.volume.received === 0) warn(`No tickets received in ${period.label}; ${ticketSpan(tickets)}. Pick a week with --week.\n`);
  if (options.out) {
    const files = writeSupportReportFiles(options.out, report);
    write(`Wrote the ${period.label} support report: ${files.join(', ')}\n`);
  } else if (options.format === 'json') write(toJson(report.data));
  else if (options.format === 'html') write(report.html);
  else write(report.markdown);
  return 0;
}

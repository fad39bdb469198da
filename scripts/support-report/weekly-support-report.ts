/**
 * The weekly support report as `kb weekly` makes it: from the warehouse it
 * already has open, with the gaps and hygiene it already computed, written
 * as `support-report.md`, `.html`, `.json` and its charts into the week's
 * folder beside the KB report.
 */
import type { KbConfig } from '../../plugins/config/kb-config-schema.ts';
import { supportSettings } from '../../plugins/config/support-config.ts';
import { loadCustomers } from '../churn/load-customers.ts';
import type { GapReport } from '../gaps/gap-report.ts';
import type { HygieneReport } from '../hygiene/hygiene-report.ts';
import { createDeflectionReader } from '../metrics/load-deflection.ts';
import { loadNpsResponses } from '../metrics/nps-responses.ts';
import { toJson, writeReportFile } from '../reports/write-report.ts';
import { listTickets } from '../warehouse/list-tickets.ts';
import type { Warehouse } from '../warehouse/open-warehouse.ts';
import { buildSupportReport } from './build-support-report.ts';
import type { SupportReport } from './support-report.ts';

/** Builds the report for one ISO week (`2026-W47`) from an open warehouse. */
export async function weeklySupportReport(options: {
  db: Warehouse;
  config: KbConfig;
  week: string;
  now: Date;
  kb: { gaps: GapReport | null; hygiene: HygieneReport | null };
}): Promise<SupportReport> {
  const support = supportSettings(options.config);
  return buildSupportReport({
    tickets: listTickets(options.db),
    week: options.week,
    now: options.now.getTime(),
    config: options.config,
    customers: loadCustomers(support.files.customers, false),
    nps: loadNpsResponses(support.files.nps, false),
    deflection: createDeflectionReader(options.db),
    kb: options.kb,
    title: `Weekly support report ${options.week} — ${options.config.site.name}`,
  });
}

/** Writes the report and its charts into `folder`; returns the files written. */
export function writeSupportReportFiles(folder: string, report: SupportReport): string[] {
  return [
    writeReportFile(folder, 'support-report', 'md', report.markdown),
    writeReportFile(folder, 'support-report', 'html', report.html),
    writeReportFile(folder, 'support-report', 'json', toJson(report.data)),
    ...Object.entries(report.charts).map(([name, svg]) => writeReportFile(folder, name.replace(/\.svg$/, ''), 'svg', svg)),
  ];
}

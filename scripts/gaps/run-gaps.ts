/** `kb gaps`: the content-gap report for a period, as Markdown, JSON or HTML. */
import path from 'node:path';
import { loadKbConfig } from '../lib/load-kb-config.ts';
import { htmlPage } from '../reports/html.ts';
import { resolvePeriod } from '../reports/report-period.ts';
import { toJson, writeReportFile, type ReportFormat } from '../reports/write-report.ts';
import { openWarehouse } from '../warehouse/open-warehouse.ts';
import { collectGapInputs } from './collect-gap-inputs.ts';
import { findGaps } from './find-gaps.ts';
import { toGapJson } from './gap-report.ts';
import { renderGapsHtmlSection, renderGapsMarkdown } from './render-gaps.ts';

/** Options of `kb gaps`. */
export interface RunGapsOptions {
  since?: string;
  from?: string;
  to?: string;
  format: ReportFormat;
  out?: string;
  db: string;
  content: string;
  now?: Date;
  write?: (text: string) => void;
}

/** Runs the report; returns the exit code. */
export async function runGaps(options: RunGapsOptions): Promise<number> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const contentDir = path.resolve(options.content);
  const config = loadKbConfig(contentDir);
  const period = resolvePeriod({ ...options, defaultDays: config.reports.gaps.period_days, timezone: config.reports.timezone });
  const db = openWarehouse(options.db);
  let report;
  try {
    report = findGaps(collectGapInputs({ db, contentDir, config, period }));
  } finally {
    db.close();
  }
  const content =
    options.format === 'json'
      ? toJson(toGapJson(report))
      : options.format === 'html'
        ? htmlPage(`Content gaps — ${config.site.name}`, await renderGapsHtmlSection(report), config.site.language)
        : renderGapsMarkdown(report);
  if (options.out) {
    const file = writeReportFile(options.out, 'gaps', options.format, content);
    const actions = report.topics.filter((t) => t.action !== 'covered').length;
    write(`Wrote ${file}: ${report.topics.length} topics from ${report.tickets} tickets, ${actions} to act on, ${report.zero_result_topics.length} zero-result topics.\n`);
  } else {
    write(content);
  }
  if (report.tickets === 0) process.stderr.write(`No tickets between ${report.period.from} and ${report.period.to} in ${options.db}: import an export with "kb tickets import FILE".\n`);
  return 0;
}

/** `kb hygiene`: the KB hygiene report as Markdown, JSON or HTML. */
import path from 'node:path';
import { loadKbConfig } from '../lib/load-kb-config.ts';
import { htmlPage } from '../reports/html.ts';
import { toJson, writeReportFile, type ReportFormat } from '../reports/write-report.ts';
import { openWarehouse } from '../warehouse/open-warehouse.ts';
import { checkHygiene } from './check-hygiene.ts';
import { collectHygieneInputs } from './collect-hygiene-inputs.ts';
import { renderHygieneHtmlSection, renderHygieneMarkdown } from './render-hygiene.ts';

/** Options of `kb hygiene`. */
export interface RunHygieneOptions {
  format: ReportFormat;
  out?: string;
  db: string;
  content: string;
  releases?: string;
  now?: Date;
  write?: (text: string) => void;
}

/** Runs the checks; returns the exit code. */
export async function runHygiene(options: RunHygieneOptions): Promise<number> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const contentDir = path.resolve(options.content);
  const config = loadKbConfig(contentDir);
  const db = openWarehouse(options.db);
  let report;
  try {
    report = checkHygiene(await collectHygieneInputs({ db, contentDir, config, now: options.now ?? new Date(), releases: options.releases }));
  } finally {
    db.close();
  }
  const content =
    options.format === 'json'
      ? toJson(report)
      : options.format === 'html'
        ? htmlPage(`KB hygiene — ${config.site.name}`, await renderHygieneHtmlSection(report), config.site.language)
        : renderHygieneMarkdown(report);
  if (options.out) {
    const file = writeReportFile(options.out, 'hygiene', options.format, content);
    write(`Wrote ${file}: ${report.findings.length} findings for ${report.owners.length} owners.\n`);
  } else {
    write(content);
  }
  return 0;
}

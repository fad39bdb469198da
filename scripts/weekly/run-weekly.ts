/**
 * `kb weekly`: lint summary, content gaps and hygiene for one ISO week, in
 * `<out>/<ISO week>/` as report.md (with the charts as SVG files beside it),
 * report.json and report.html.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { loadSampleData } from '../../content/samples/load-sample-data.ts';
import { UsageError } from '../cli/user-error.ts';
import { collectGapInputs } from '../gaps/collect-gap-inputs.ts';
import { findGaps } from '../gaps/find-gaps.ts';
import { toGapJson } from '../gaps/gap-report.ts';
import { reportStopWords } from '../gaps/report-stop-words.ts';
import { checkHygiene } from '../hygiene/check-hygiene.ts';
import { collectHygieneInputs } from '../hygiene/collect-hygiene-inputs.ts';
import { createArticleSearch } from '../kb-search/article-search.ts';
import { loadArticles } from '../kb-search/load-articles.ts';
import { loadKbConfig } from '../lib/load-kb-config.ts';
import { lintKb } from '../lint/run-lint.ts';
import { toJson, writeReportFile } from '../reports/write-report.ts';
import { weeklySupportReport, writeSupportReportFiles } from '../support-report/weekly-support-report.ts';
import { DEFAULT_DAYS, synonymReport } from '../synonyms/run-synonyms.ts';
import { DEFAULT_WAREHOUSE, openWarehouse } from '../warehouse/open-warehouse.ts';
import { lastCompleteWeek, parseIsoWeek } from './iso-week.ts';
import { summarizeLint } from './lint-summary.ts';
import { chartFiles, renderWeeklyHtml, renderWeeklyMarkdown } from './render-weekly.ts';
import { countLocaleSplit } from './locale-split.ts';
import { collectChartData, renderWeeklyCharts } from './weekly-charts.ts';
import { localeCodes } from '../../plugins/locale/locales.ts';
import type { WeeklyJson, WeeklyReport } from './weekly-report.ts';

/** Options of `kb weekly`. */
export interface RunWeeklyOptions {
  out?: string;
  week?: string;
  releases?: string;
  db?: string;
  /** Report on the shipped sample data (a fresh `data/sample.db`) instead of the warehouse. */
  sample?: boolean;
  content: string;
  format: 'text' | 'json';
  now?: Date;
  write?: (text: string) => void;
}

/** What the run wrote. */
export interface WeeklyResult {
  week: string;
  folder: string;
  files: string[];
}

export async function runWeekly(options: RunWeeklyOptions): Promise<number> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  if (options.sample && options.db) throw new UsageError('--sample builds its own warehouse (data/sample.db): leave out --db.');
  const result = await writeWeeklyReport(options);
  if (options.format === 'json') write(toJson(result));
  else write(`Wrote the ${result.week} report to ${result.folder}/: ${result.files.map((f) => path.basename(f)).join(', ')}\n`);
  return 0;
}

/** Builds and writes the report; returns the files. */
export async function writeWeeklyReport(options: RunWeeklyOptions): Promise<WeeklyResult> {
  const contentDir = path.resolve(options.content);
  const config = loadKbConfig(contentDir);
  const zone = config.reports.timezone;
  const week = options.week ? parseIsoWeek(options.week, zone) : lastCompleteWeek(options.now ?? new Date(), zone);
  const period = { from: week.from, to: week.to, days: 7 };
  const articles = loadArticles(contentDir);
  const lint = await lintKb([], contentDir);
  const search = createArticleSearch(contentDir, { articles, stopWords: reportStopWords(config) });
  const dbFile = options.sample ? await buildSampleWarehouse(contentDir, options.now) : (options.db ?? DEFAULT_WAREHOUSE);
  const db = openWarehouse(dbFile);
  let report: WeeklyReport;
  let supportReport: Awaited<ReturnType<typeof weeklySupportReport>>;
  try {
    const gaps = findGaps(collectGapInputs({ db, contentDir, config, period, search }));
    // Hygiene as of the end of the week, so a report run late says the same thing.
    const hygiene = checkHygiene(await collectHygieneInputs({ db, contentDir, config, now: week.to, releases: options.releases, articles, lint }));
    report = {
      week: week.name,
      period: { from: week.from.toISOString(), to: week.to.toISOString() },
      generated_at: (options.now ?? new Date()).toISOString(),
      lint: summarizeLint(lint, contentDir),
      gaps,
      hygiene,
      synonyms: topSynonyms(synonymReport(db, contentDir, { from: new Date(week.to.getTime() - DEFAULT_DAYS * 86_400_000), to: week.to })),
      locales: countLocaleSplit(db, week, localeCodes(config)),
      charts: collectChartData(db, articles, week.to, config.reports),
    };
    // The weekly support report (PLAYBOOK §3.4), with the same gaps and hygiene.
    supportReport = await weeklySupportReport({ db, config, week: week.name, now: options.now ?? new Date(), kb: { gaps, hygiene } });
  } finally {
    db.close();
  }
  const folder = path.join(options.out ?? config.reports.out_dir, week.name);
  const charts = await renderWeeklyCharts(report.gaps, report.charts, config.reports);
  const json: WeeklyJson = { ...report, gaps: toGapJson(report.gaps) };
  const files = [
    writeReportFile(folder, 'report', 'md', renderWeeklyMarkdown(report)),
    writeReportFile(folder, 'report', 'json', toJson(json)),
    writeReportFile(folder, 'report', 'html', await renderWeeklyHtml(report, charts, `Weekly KB report ${week.name} — ${config.site.name}`, config.site.language)),
    writeReportFile(folder, chartFiles.topics.replace(/\.svg$/, ''), 'svg', charts.topics),
    writeReportFile(folder, chartFiles.helpful.replace(/\.svg$/, ''), 'svg', charts.helpful),
    writeReportFile(folder, chartFiles.zeroResults.replace(/\.svg$/, ''), 'svg', charts.zeroResults),
    ...writeSupportReportFiles(folder, supportReport),
  ];
  return { week: week.name, folder, files };
}

/** Suggestions the weekly report shows. */
export const WEEKLY_SYNONYMS = 5;

function topSynonyms(report: ReturnType<typeof synonymReport>): ReturnType<typeof synonymReport> {
  return { ...report, suggestions: report.suggestions.slice(0, WEEKLY_SYNONYMS) };
}

/** Where `--sample` builds its warehouse; rebuilt on every run so the sample always ends last week. */
export const SAMPLE_WAREHOUSE = 'data/sample.db';

async function buildSampleWarehouse(contentDir: string, now: Date | undefined): Promise<string> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${SAMPLE_WAREHOUSE}${suffix}`, { force: true });
  const db = openWarehouse(SAMPLE_WAREHOUSE);
  try {
    await loadSampleData({ warehouse: db, contentDir, now });
  } finally {
    db.close();
  }
  return SAMPLE_WAREHOUSE;
}

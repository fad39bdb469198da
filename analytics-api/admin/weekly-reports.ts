/**
 * The weekly reports `kb weekly` writes (`reports/<ISO week>/`), for the
 * dashboard: the list of weeks with their HTML reports, one report's HTML
 * (read through the same guard as the site's files: no `..`, no symbolic
 * links), and the hygiene findings of the latest report's JSON — they live
 * in the warehouse `kb weekly` reads, not in the analytics database.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readSiteFile, siteRoot } from '../site/site-file.ts';

/** The HTML reports of a week the dashboard shows. */
export const REPORT_FILES = ['report.html', 'support-report.html'] as const;
export type ReportFile = (typeof REPORT_FILES)[number];

const WEEK = /^\d{4}-W\d{2}$/;

export interface WeekReports {
  week: string;
  files: ReportFile[];
}

/** Weeks with at least one HTML report, newest first. */
export function listWeeklyReports(reportsDir: string | undefined): WeekReports[] {
  if (!reportsDir || !existsSync(reportsDir)) return [];
  return readdirSync(reportsDir)
    .filter((name) => WEEK.test(name) && statSync(path.join(reportsDir, name)).isDirectory())
    .map((week) => ({ week, files: REPORT_FILES.filter((file) => existsSync(path.join(reportsDir, week, file))) }))
    .filter((w) => w.files.length > 0)
    .sort((a, b) => (a.week < b.week ? 1 : -1));
}

/** The HTML of one report, or undefined when the week or file is not one of the reports. */
export function readWeeklyReport(reportsDir: string | undefined, week: string, file: string): string | undefined {
  if (!reportsDir || !existsSync(reportsDir) || !WEEK.test(week) || !(REPORT_FILES as readonly string[]).includes(file)) return undefined;
  return readSiteFile(siteRoot(reportsDir), `/${week}/${file}`)?.body.toString('utf8');
}

const findingSchema = z.object({
  kind: z.string().max(40),
  article: z.string().max(200),
  title: z.string().max(300),
  owner: z.string().max(200).nullable(),
  evidence: z.string().max(2000),
  action: z.string().max(2000),
  details: z.array(z.string().max(2000)).max(50).default([]),
});
const hygieneSchema = z.object({
  generated_at: z.string().max(40),
  findings: z.array(findingSchema).max(100_000),
  owners: z.array(z.object({ owner: z.string().max(200), findings: z.int().min(0), by_kind: z.record(z.string(), z.int().min(0)) })).max(10_000),
});

export type WeeklyHygiene = z.infer<typeof hygieneSchema> & { week: string };

/** The hygiene section of the newest `report.json`, or undefined when there is no readable report. */
export function latestHygiene(reportsDir: string | undefined): WeeklyHygiene | undefined {
  if (!reportsDir || !existsSync(reportsDir)) return undefined;
  const root = siteRoot(reportsDir);
  const weeks = readdirSync(reportsDir).filter((name) => WEEK.test(name)).sort().reverse();
  for (const week of weeks) {
    const file = readSiteFile(root, `/${week}/report.json`);
    if (!file) continue;
    try {
      const parsed = hygieneSchema.safeParse((JSON.parse(file.body.toString('utf8')) as { hygiene?: unknown }).hygiene);
      if (parsed.success) return { ...parsed.data, week };
    } catch {
      // A half-written or foreign file: look at the week before.
    }
  }
  return undefined;
}

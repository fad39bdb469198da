/**
 * The main job behind `npm start`. Each step is an existing command's
 * function; this file only chains them, so `npm start` does exactly what a
 * KB owner would do by hand.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { writePopularExport } from '../../analytics-api/cli/run-popular.ts';
import { runServe } from '../../analytics-api/cli/run-serve.ts';
import { openCliDatabase } from '../../analytics-api/cli/open-cli-database.ts';
import { buildCommand } from '../build/build-command.ts';
import { writeWeeklyReport, SAMPLE_WAREHOUSE } from '../weekly/run-weekly.ts';
import { seedAnalyticsFromWarehouse } from './seed-analytics.ts';

export interface StartOptions {
  port: number;
  host: string;
  content: string;
  db: string;
  sample: boolean;
}

const say = (text: string) => process.stderr.write(`${text}\n`);

function countEvents(file: string): number {
  if (!existsSync(file)) return 0;
  const db = openCliDatabase(file);
  try {
    return db.prepare('SELECT COUNT(*) FROM events').pluck().get() as number;
  } finally {
    db.close();
  }
}

export async function runStart(options: StartOptions): Promise<number> {
  const popularFile = path.join(path.dirname(options.db), 'popular.json');
  let reportFolder: string | undefined;
  if (options.sample) {
    say('Sample data: loading the sample ticket export and analytics, writing the weekly report…');
    const weekly = await writeWeeklyReport({ content: options.content, sample: true, format: 'text' });
    reportFolder = weekly.folder;
  }
  let events = countEvents(options.db);
  if (options.sample && events === 0) {
    events = seedAnalyticsFromWarehouse(SAMPLE_WAREHOUSE, options.db);
    say(`Sample data: ${events} generated analytics events loaded into ${options.db}.`);
  }
  if (events > 0) {
    const listed = await writePopularExport({ db: options.db, out: popularFile, days: 90, content: options.content });
    say(`Analytics: ${listed} articles exported to ${popularFile} for the home page.`);
  }
  const built = await buildCommand({
    contentDir: path.resolve(options.content),
    outDir: path.resolve('dist'),
    popularFile: existsSync(popularFile) ? popularFile : undefined,
    format: 'text',
  });
  if (built !== 0) return built;
  if (reportFolder) say(`Weekly report: ${path.join(reportFolder, 'report.html')} (and support-report.html beside it)`);
  if (!process.env.KB_ANALYTICS_TOKEN) {
    // A session token so the KB owner can try the read API right away; set KB_ANALYTICS_TOKEN to keep one.
    process.env.KB_ANALYTICS_TOKEN = randomBytes(24).toString('hex');
    say(`Read API token for this run: ${process.env.KB_ANALYTICS_TOKEN} (curl -H "Authorization: Bearer <token>" …/api/stats/articles)`);
  }
  await runServe({ port: options.port, host: options.host, db: options.db, site: 'dist', siteGiven: true, content: options.content });
  return 0;
}

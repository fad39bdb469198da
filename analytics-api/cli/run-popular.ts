/** `kb analytics popular`: write the home page's popular / most-helpful export. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { popularExport } from '../db/popular-export.ts';
import { DAY_MS } from '../db/utc-day.ts';
import { loadServiceConfig } from './load-service-config.ts';
import { openCliDatabase } from './open-cli-database.ts';

export interface PopularOptions {
  db?: string;
  out: string;
  days: number;
  content: string;
  now?: Date;
}

/** Writes the export; returns how many articles it lists. */
export function writePopularExport(options: PopularOptions): number {
  const { config, db: file } = loadServiceConfig(options.content, options.db);
  const db = openCliDatabase(file, { synchronous: config.analytics.synchronous });
  try {
    const now = options.now ?? new Date();
    const data = popularExport(db, { from: now.getTime() - options.days * DAY_MS, to: now.getTime() }, now);
    mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true });
    writeFileSync(options.out, `${JSON.stringify(data, null, 2)}\n`);
    return data.articles.length;
  } finally {
    db.close();
  }
}

export function runPopular(options: PopularOptions): number {
  const count = writePopularExport(options);
  process.stdout.write(`Wrote ${options.out}: ${count} articles with views in the last ${options.days} days. \`kb build --popular ${options.out}\` uses it.\n`);
  return 0;
}

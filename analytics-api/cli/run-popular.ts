/** `kb analytics popular`: write the home page's popular / most-helpful export. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { popularExport } from '../db/popular-export.ts';
import { DAY_MS } from '../db/utc-day.ts';
import { loadServiceConfig } from './load-service-config.ts';
import { openCliStore } from './open-cli-database.ts';

export interface PopularOptions {
  db?: string;
  out: string;
  days: number;
  content: string;
  now?: Date;
}

/** Writes the export; returns how many articles it lists. */
export async function writePopularExport(options: PopularOptions): Promise<number> {
  const { config, db: location } = loadServiceConfig(options.content, options.db);
  const store = await openCliStore(location, { sqlite: { synchronous: config.analytics.synchronous } });
  try {
    const now = options.now ?? new Date();
    const data = await popularExport(store, { from: now.getTime() - options.days * DAY_MS, to: now.getTime() }, now);
    mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true });
    writeFileSync(options.out, `${JSON.stringify(data, null, 2)}\n`);
    return data.articles.length;
  } finally {
    await store.close();
  }
}

export async function runPopular(options: PopularOptions): Promise<number> {
  const count = await writePopularExport(options);
  process.stdout.write(`Wrote ${options.out}: ${count} articles with views in the last ${options.days} days. \`kb build --popular ${options.out}\` uses it.\n`);
  return 0;
}

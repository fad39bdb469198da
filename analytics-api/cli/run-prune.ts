/** `kb analytics prune`: roll raw events past retention up into daily totals and delete them. */
import { SingleBar } from 'cli-progress';
import { countPrunableEvents, pruneEvents, retentionCutoff, type PruneResult } from '../db/prune-events.ts';
import { utcDate } from '../db/utc-day.ts';
import { loadServiceConfig } from './load-service-config.ts';
import { openCliDatabase } from './open-cli-database.ts';

export interface PruneOptions {
  db?: string;
  months?: number;
  dryRun: boolean;
  content: string;
  format: 'text' | 'json';
}

export function runPrune(options: PruneOptions): number {
  const { config, db: file } = loadServiceConfig(options.content, options.db);
  const months = options.months ?? config.analytics.retention_months;
  const before = retentionCutoff(Date.now(), months);
  const db = openCliDatabase(file, { synchronous: config.analytics.synchronous });
  let result: PruneResult;
  try {
    const planned = countPrunableEvents(db, before);
    if (options.dryRun || planned.days === 0) {
      result = planned;
    } else {
      const bar = process.stderr.isTTY && options.format === 'text' ? new SingleBar({ format: 'Pruning {bar} {value}/{total} days', stream: process.stderr }) : undefined;
      bar?.start(planned.days, 0);
      result = pruneEvents(db, before, () => bar?.increment());
      bar?.stop();
    }
  } finally {
    db.close();
  }
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify({ database: file, retention_months: months, before: utcDate(result.before), days: result.days, events: result.events, dry_run: options.dryRun })}\n`);
  } else if (result.days === 0) {
    process.stdout.write(`${file}: nothing to prune; no raw events from before ${utcDate(result.before)} (retention ${months} months).\n`);
  } else {
    const verb = options.dryRun ? 'Would roll up' : 'Rolled up';
    process.stdout.write(`${file}: ${verb} ${result.days} day(s) of raw events from before ${utcDate(result.before)} into daily totals and ${options.dryRun ? 'delete' : 'deleted'} ${result.events} raw event(s) (retention ${months} months).\n`);
  }
  return 0;
}

/**
 * `kb analytics prune`: roll raw events past retention up into daily totals
 * and delete them, bytes included (see `prune-events.ts`), after checking
 * that the file is intact: a damaged database fails the command instead of
 * reporting "nothing to prune". The warehouse (`data/kb.db`, or
 * `--warehouse`) drops its pulled events past the same retention.
 */
import { existsSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { UserError } from '../../scripts/cli/user-error.ts';
import { openWarehouse } from '../../scripts/warehouse/open-warehouse.ts';
import { pruneWarehouseEvents } from '../../scripts/warehouse/prune-warehouse-events.ts';
import { checkIntegrityNow } from '../db/storage-health.ts';
import { countPrunableEvents, pruneEvents, retentionCutoff, type PruneResult } from '../db/prune-events.ts';
import { utcDate } from '../db/utc-day.ts';
import { loadServiceConfig } from './load-service-config.ts';
import { cliDatabaseError, openCliDatabase } from './open-cli-database.ts';

export interface PruneOptions {
  db?: string;
  months?: number;
  dryRun: boolean;
  content: string;
  /** The warehouse whose pulled events follow the same retention (pruned when the file exists). */
  warehouse?: string;
  format: 'text' | 'json';
}

export function runPrune(options: PruneOptions): number {
  const { config, db: file } = loadServiceConfig(options.content, options.db);
  const months = options.months ?? config.analytics.retention_months;
  const before = retentionCutoff(Date.now(), months);
  const db = openCliDatabase(file, { synchronous: config.analytics.synchronous });
  let result: PruneResult;
  let warehouseEvents: number | undefined;
  try {
    const intact = checkIntegrityNow(db);
    if (!intact.ok) throw new UserError(`${intact.message}\nNothing was pruned.`);
    const planned = countPrunableEvents(db, before);
    if (options.dryRun || planned.days === 0) {
      result = planned;
    } else {
      const bar = process.stderr.isTTY && options.format === 'text' ? new SingleBar({ format: 'Pruning {bar} {value}/{total} days', stream: process.stderr }) : undefined;
      bar?.start(planned.days, 0);
      result = pruneEvents(db, before, () => bar?.increment());
      bar?.stop();
    }
    const warehouseFile = options.warehouse ?? 'data/kb.db';
    if (!options.dryRun && existsSync(warehouseFile)) {
      const warehouse = openWarehouse(warehouseFile);
      try {
        warehouseEvents = pruneWarehouseEvents(warehouse, result.before);
      } finally {
        warehouse.close();
      }
    }
  } catch (error) {
    throw cliDatabaseError(error, file);
  } finally {
    db.close();
  }
  if (options.format === 'json') {
    process.stdout.write(
      `${JSON.stringify({ database: file, retention_months: months, before: utcDate(result.before), days: result.days, events: result.events, dry_run: options.dryRun, ...(warehouseEvents === undefined ? {} : { warehouse_events: warehouseEvents }) })}\n`,
    );
  } else if (result.days === 0) {
    process.stdout.write(`${file}: nothing to prune; no raw events from before ${utcDate(result.before)} (retention ${months} months).\n`);
  } else {
    const verb = options.dryRun ? 'Would roll up' : 'Rolled up';
    process.stdout.write(`${file}: ${verb} ${result.days} day(s) of raw events from before ${utcDate(result.before)} into daily totals and ${options.dryRun ? 'delete' : 'deleted'} ${result.events} raw event(s) (retention ${months} months).\n`);
  }
  return 0;
}

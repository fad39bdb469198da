/**
 * `kb analytics prune`: roll raw events past retention up into daily totals
 * and delete them, bytes included (see `prune-events.ts`; on PostgreSQL
 * whole day partitions are dropped), after checking that the database is
 * intact and writable: a damaged database fails the command instead of
 * reporting "nothing to prune". The warehouse (`data/kb.db`, or
 * `--warehouse`) drops its pulled events past the same retention.
 */
import { existsSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { UserError } from '../../scripts/cli/user-error.ts';
import { openWarehouse } from '../../scripts/warehouse/open-warehouse.ts';
import { pruneWarehouseEvents } from '../../scripts/warehouse/prune-warehouse-events.ts';
import { retentionCutoff, type PruneResult } from '../db/prune-events.ts';
import { utcDate } from '../db/utc-day.ts';
import { loadServiceConfig } from './load-service-config.ts';
import { cliDatabaseError, openCliStore } from './open-cli-database.ts';

export interface PruneOptions {
  db?: string;
  months?: number;
  dryRun: boolean;
  content: string;
  /** The warehouse whose pulled events follow the same retention (pruned when the file exists). */
  warehouse?: string;
  format: 'text' | 'json';
}

export async function runPrune(options: PruneOptions): Promise<number> {
  const { config, db: location } = loadServiceConfig(options.content, options.db);
  const months = options.months ?? config.analytics.retention_months;
  const before = retentionCutoff(Date.now(), months);
  const store = await openCliStore(location, { sqlite: { synchronous: config.analytics.synchronous }, maxClockSkewMs: config.analytics.max_clock_skew_hours * 3_600_000 });
  const file = store.location;
  let result: PruneResult;
  let warehouseEvents: number | undefined;
  try {
    const intact = await store.checkAtStart();
    if (!intact.ok) throw new UserError(`${intact.message}\nNothing was pruned.`);
    const planned = await store.countPrunable(before);
    if (options.dryRun || planned.days === 0) {
      result = planned;
    } else {
      const bar = process.stderr.isTTY && options.format === 'text' ? new SingleBar({ format: 'Pruning {bar} {value}/{total} days', stream: process.stderr }) : undefined;
      bar?.start(planned.days, 0);
      result = await store.prune(before, () => bar?.increment());
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
    await store.close();
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

/**
 * What `kb analytics pull` prints. After each pull the warehouse drops
 * pulled events past the analytics retention (`analytics.retention_months`),
 * as the service does with its raw events.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { retentionCutoff } from '../../analytics-api/db/prune-events.ts';
import { loadConfig } from '../../plugins/config/load-config.ts';
import { UsageError } from '../cli/user-error.ts';
import { openWarehouse, warehouseError } from '../warehouse/open-warehouse.ts';
import { pruneWarehouseEvents } from '../warehouse/prune-warehouse-events.ts';
import { pullFromDatabase, pullFromService, type PullResult } from './pull-events.ts';

/** Options of `kb analytics pull`. */
export interface RunPullOptions {
  from?: string;
  token?: string;
  db?: string;
  warehouse: string;
  content: string;
  format: 'text' | 'json';
  write?: (text: string) => void;
}

/** Runs one pull; returns the exit code. */
export async function runAnalyticsPull(options: RunPullOptions): Promise<number> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  if (options.from && options.db) throw new UsageError('Pass either --from URL (a running service) or --db FILE (its database), not both.');
  const contentDir = path.resolve(options.content);
  const config = existsSync(path.join(contentDir, 'kb.config.yaml')) ? loadConfig(contentDir) : undefined;
  const months = config?.analytics.retention_months ?? 13;
  const warehouse = openWarehouse(options.warehouse);
  try {
    let result: PullResult;
    if (options.from) {
      const token = options.token ?? process.env.KB_ANALYTICS_TOKEN;
      if (!token) throw new UsageError('--from needs a token: pass --token T or set KB_ANALYTICS_TOKEN to the service\'s read token.');
      result = await pullFromService(warehouse, options.from, { token });
    } else {
      const file = options.db ?? process.env.KB_ANALYTICS_DB ?? (config ?? loadConfig(contentDir)).analytics.database;
      result = await pullFromDatabase(warehouse, file);
    }
    const expired = pruneWarehouseEvents(warehouse, retentionCutoff(Date.now(), months));
    if (options.format === 'json') write(`${JSON.stringify({ ...result, warehouse: options.warehouse, expired, retention_months: months })}\n`);
    else {
      const from = result.source.slice(result.source.indexOf(':') + 1);
      write(
        `Pulled ${result.read} event${result.read === 1 ? '' : 's'} from ${from} into ${options.warehouse}: ${result.inserted} new` +
          `${result.read - result.inserted > 0 ? `, ${result.read - result.inserted} already there` : ''}; next pull starts after event #${result.last_id}.\n` +
          (expired > 0 ? `Deleted ${expired} pulled event${expired === 1 ? '' : 's'} older than the ${months}-month retention from ${options.warehouse}.\n` : ''),
      );
    }
    return 0;
  } catch (error) {
    throw warehouseError(error, options.warehouse) ?? error;
  } finally {
    warehouse.close();
  }
}

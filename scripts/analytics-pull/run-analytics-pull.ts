/** What `kb analytics pull` prints. */
import path from 'node:path';
import { loadConfig } from '../../plugins/config/load-config.ts';
import { UsageError } from '../cli/user-error.ts';
import { openWarehouse } from '../warehouse/open-warehouse.ts';
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
  const warehouse = openWarehouse(options.warehouse);
  try {
    let result: PullResult;
    if (options.from) {
      const token = options.token ?? process.env.KB_ANALYTICS_TOKEN;
      if (!token) throw new UsageError('--from needs a token: pass --token T or set KB_ANALYTICS_TOKEN to the service\'s read token.');
      result = await pullFromService(warehouse, options.from, { token });
    } else {
      const file = options.db ?? process.env.KB_ANALYTICS_DB ?? loadConfig(path.resolve(options.content)).analytics.database;
      result = await pullFromDatabase(warehouse, file);
    }
    if (options.format === 'json') write(`${JSON.stringify({ ...result, warehouse: options.warehouse })}\n`);
    else {
      const from = result.source.slice(result.source.indexOf(':') + 1);
      write(
        `Pulled ${result.read} event${result.read === 1 ? '' : 's'} from ${from} into ${options.warehouse}: ${result.inserted} new` +
          `${result.read - result.inserted > 0 ? `, ${result.read - result.inserted} already there` : ''}; next pull starts after event #${result.last_id}.\n`,
      );
    }
    return 0;
  } finally {
    warehouse.close();
  }
}

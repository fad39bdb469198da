/**
 * The connection pool of one instance (node-postgres). Counts and sums come
 * back as JavaScript numbers (PostgreSQL's bigint and numeric would arrive
 * as strings); every figure the service stores fits in 2^53. A connection
 * that breaks while idle is logged and replaced, never a crash: the pool
 * reports it as an `error` event, which would end the process unheard.
 */
import pg from 'pg';

const INT8 = 20;
const NUMERIC = 1700;
const UPKEEP_TIMEOUT_MS = 3_600_000;

/** Options of `createPool`. */
export interface PoolOptions {
  /** Connections this instance may hold (default 10). */
  max?: number;
  /** Where a broken idle connection is reported. */
  onError?: (error: Error) => void;
  /**
   * For upkeep (rollups, pruning): statements may run for an hour instead
   * of seconds, since over a large day they take longer than any request
   * may wait.
   */
  upkeep?: boolean;
}

export function createPool(url: string, options: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    application_name: 'kb-analytics',
    // A server that does not answer fails a request in seconds (503, Retry-After) instead of holding it.
    connectionTimeoutMillis: 5000,
    query_timeout: options.upkeep ? UPKEEP_TIMEOUT_MS : 15_000,
    statement_timeout: options.upkeep ? UPKEEP_TIMEOUT_MS : 30_000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        oid === INT8 || oid === NUMERIC ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  pool.on('error', (error) => options.onError?.(error));
  return pool;
}

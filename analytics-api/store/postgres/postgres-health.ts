/**
 * The honest health check on PostgreSQL, as on SQLite: a real write must
 * commit (the `service_checks` row) within a few seconds, and the last
 * event commit must not have failed for a reason the probe cannot see.
 * An unreachable server, a read-only one (a standby, or
 * `default_transaction_read_only`), a full disk or refused credentials each
 * answer with their reason and fix (`postgres-errors.ts`).
 */
import type pg from 'pg';
import type { StorageHealth, StorageStatus } from '../../db/storage-health.ts';
import { describeStorageFault } from '../../db/storage-fault.ts';
import { describePostgresError, postgresFaultOf } from './postgres-errors.ts';

const PROBE = 'INSERT INTO service_checks (id, checked_at) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at';

/** One probe write; the status says why it failed. */
export async function probePostgres(pool: pg.Pool, shown: string, now = Date.now()): Promise<StorageStatus> {
  try {
    await pool.query({ text: PROBE, values: [now], query_timeout: 5000 } as pg.QueryConfig);
    return { ok: true };
  } catch (error) {
    const described = describePostgresError(error, shown);
    const fault = described?.fault ?? 'io_error';
    return { ok: false, fault, message: described?.message ?? describeStorageFault(fault, shown, (error as Error).message) };
  }
}

export function createPostgresHealth(pool: pg.Pool, shown: string, now: () => number = Date.now): StorageHealth {
  let writeError: unknown;
  return {
    async check() {
      const status = await probePostgres(pool, shown, now());
      if (!status.ok) return status;
      // The probe committed, so the server is up and writable; a write that failed on a damaged page has not been seen by it.
      if (writeError !== undefined && postgresFaultOf(writeError) === 'corrupt') {
        return { ok: false, fault: 'corrupt', message: describeStorageFault('corrupt', shown, `an event commit failed: ${(writeError as Error).message}`) };
      }
      return { ok: true };
    },
    noteWrite(error) {
      writeError = error;
    },
    async close() {},
  };
}

/**
 * Moves everything in the write-ahead log into the database file and
 * truncates the log to zero bytes (`wal_checkpoint(TRUNCATE)`), so pages
 * of deleted events do not linger in the `-wal` file. A reader that holds
 * an old snapshot can keep the log from being reset; the checkpoint is
 * retried a few times and the result says whether it got through.
 */
import type { Database } from 'better-sqlite3';

/** Whether the log was checkpointed and truncated. */
export function truncateWal(db: Database, attempts = 5): boolean {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const [row] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number; log: number; checkpointed: number }>;
    if (row === undefined || row.busy === 0) return true;
    // A reader is mid-snapshot: give it a moment (the pragma already waited the busy timeout).
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
  return false;
}

/**
 * Retention for the warehouse: pulled analytics events received before the
 * cutoff are deleted, the same retention the analytics service applies to
 * its raw events (`analytics.retention_months`). The warehouse runs with
 * `secure_delete`, and the write-ahead log is truncated afterwards, so the
 * deleted events' bytes do not stay in the file.
 */
import { prepared } from '../../analytics-api/db/statement-cache.ts';
import { truncateWal } from '../../analytics-api/db/truncate-wal.ts';
import type { Warehouse } from './open-warehouse.ts';

/** Deletes events received before `before` (ms since the epoch); returns how many. */
export function pruneWarehouseEvents(db: Warehouse, before: number): number {
  db.pragma('secure_delete = ON');
  const deleted = prepared<[number]>(db, 'DELETE FROM events WHERE received_at < ?').run(before).changes;
  if (deleted > 0) truncateWal(db);
  return deleted;
}

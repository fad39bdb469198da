/**
 * Prepared statements, compiled once per connection. Query functions call
 * `prepared(db, sql)` with a constant SQL string instead of keeping
 * module-level statements, so they work on any connection they are given.
 * Both the analytics database and the `kb` warehouse use this one cache.
 */
import type { Database, Statement } from 'better-sqlite3';

const caches = new WeakMap<Database, Map<string, Statement>>();

/** The compiled statement for `sql` on this connection. */
export function prepared<P extends unknown[] = unknown[], R = unknown>(db: Database, sql: string): Statement<P, R> {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (statement === undefined) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement as unknown as Statement<P, R>;
}

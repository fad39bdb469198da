/**
 * SQL functions the query files rely on, registered once per connection so
 * the queries work on any connection they are handed.
 */
import type { Database } from 'better-sqlite3';

const registered = new WeakSet<Database>();

/**
 * Registers `fold_query(text)`: the form queries are grouped by. SQLite's
 * `lower()` only folds ASCII, so "Überstunden" and "überstunden" would count
 * as two queries.
 */
export function useSqlFunctions(db: Database): Database {
  if (registered.has(db)) return db;
  db.function('fold_query', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? text.toLowerCase() : text));
  registered.add(db);
  return db;
}

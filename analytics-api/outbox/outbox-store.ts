/**
 * What the contact outbox needs from a database, so its queries (the files
 * beside this one) are written once for both engines. They use `@name`
 * parameters, which better-sqlite3 binds by name and the PostgreSQL engine
 * numbers (`store/postgres/named-params.ts`), and standard SQL both
 * dialects read alike; where the engines must differ, the difference is a
 * property here. Each store (`store/sqlite-outbox.ts`,
 * `store/postgres/postgres-outbox.ts`) implements it.
 */
import type { EventRow } from '../db/event-row.ts';
import type { NewContactRequest } from './save-contact-request.ts';

/** One accepted request and its `contact_submit` event (none when the sender opted out of analytics). */
export interface OutboxItem {
  request: NewContactRequest;
  event: EventRow | undefined;
}

/** SQL parameters by name (`@name` in the text). */
export type OutboxParams = Record<string, string | number | null>;

export interface OutboxStore {
  /** The rows a query (or a statement with RETURNING) answers. */
  all<Row>(sql: string, params?: OutboxParams): Promise<Row[]>;
  /** Runs a statement; resolves with the number of rows it changed. */
  run(sql: string, params?: OutboxParams): Promise<number>;
  /** Stores the requests, each with its event, in one transaction (synchronous on SQLite). */
  saveGroup(items: readonly OutboxItem[]): void | Promise<void>;
  /** True when retrying one by one cannot help (the database is unreachable): the whole group fails at once. */
  isUnavailable?(error: unknown): boolean;
  /**
   * Added to the claim's inner SELECT: on PostgreSQL `FOR UPDATE SKIP
   * LOCKED`, so instances claiming at the same moment take different rows
   * instead of queueing on the same ones; empty on SQLite, where a write
   * transaction already excludes every other.
   */
  readonly claimLock: string;
  /**
   * True when one process owns the outbox (SQLite: one `kb serve` per
   * file), so a claim still open when the service starts belongs to a
   * process that was killed. On PostgreSQL other instances hold live
   * claims, and a dead one's come back when their lease runs out.
   */
  readonly singleOwner: boolean;
}

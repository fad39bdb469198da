/**
 * The contact outbox on PostgreSQL: the outbox's queries through the
 * instance's pool, and the group save in one transaction with the
 * requests' events (`kb_save_events`, into their day partitions). Every
 * instance's worker claims from the same table; `FOR UPDATE SKIP LOCKED`
 * keeps their claims apart.
 */
import type pg from 'pg';
import type { OutboxStore } from '../../outbox/outbox-store.ts';
import { contactRequestParams, INSERT_CONTACT_REQUEST } from '../../outbox/save-contact-request.ts';
import { toPositional } from './named-params.ts';
import type { PartitionKeeper } from './postgres-partitions.ts';
import { saveEventsPostgres } from './postgres-save-events.ts';
import { inTransaction } from './postgres-transaction.ts';

export interface PostgresOutboxOptions {
  partitions: PartitionKeeper;
  /** Turns a driver error into the store's error with its fault. */
  guard: <T>(work: () => Promise<T>) => Promise<T>;
  isUnavailable: (error: unknown) => boolean;
}

export function postgresOutbox(pool: pg.Pool, options: PostgresOutboxOptions): OutboxStore {
  const { guard, partitions } = options;
  return {
    all: <Row>(sql: string, params = {}) =>
      guard(async () => {
        const { text, values } = toPositional(sql, params);
        return (await pool.query<Row & pg.QueryResultRow>(text, values)).rows as Row[];
      }),
    run: (sql, params = {}) =>
      guard(async () => {
        const { text, values } = toPositional(sql, params);
        return (await pool.query(text, values)).rowCount ?? 0;
      }),
    saveGroup: (items) =>
      guard(async () => {
        const events = items.flatMap((item) => (item.event ? [item.event] : []));
        await partitions.ensure(
          'events',
          events.map((event) => event.received_at),
        );
        await inTransaction(pool, async (client) => {
          for (const item of items) {
            const { text, values } = toPositional(INSERT_CONTACT_REQUEST, contactRequestParams(item.request));
            await client.query(text, values);
          }
          if (events.length > 0) await saveEventsPostgres(client, [events], []);
        });
      }),
    isUnavailable: options.isUnavailable,
    claimLock: 'FOR UPDATE SKIP LOCKED',
    singleOwner: false,
  };
}

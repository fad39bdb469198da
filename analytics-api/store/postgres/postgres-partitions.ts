/**
 * Day partitions of `events` (by `received_at`) and `event_ids` (by the
 * client time `ts`), named `<table>_pYYYYMMDD`. They are made ahead (today
 * and the next days, by `maintain`) and on demand before a write that needs
 * one, under an advisory lock so two instances never race to create the
 * same one. A short lock timeout keeps a partition change from queueing
 * writes behind a long report query.
 */
import type pg from 'pg';
import { DAY_MS, utcDate, utcDayStart } from '../../db/utc-day.ts';
import { LOCKS } from './postgres-locks.ts';

export type PartitionedTable = 'events' | 'event_ids';

/** The partition of `table` holding the UTC day that starts at `dayStart`. */
export function partitionName(table: PartitionedTable, dayStart: number): string {
  return `${table}_p${utcDate(dayStart).replaceAll('-', '')}`;
}

/** The day a partition name stands for (ms), or undefined for another table's name. */
export function partitionDay(table: PartitionedTable, name: string): number | undefined {
  const match = new RegExp(`^${table}_p(\\d{4})(\\d{2})(\\d{2})$`).exec(name);
  if (match === null) return undefined;
  const ms = Date.parse(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Partitions that exist, remembered per table so the hot path asks the database only for a new day. */
export interface PartitionKeeper {
  /** Makes sure the days holding `times` (ms) have a partition of `table`. */
  ensure(table: PartitionedTable, times: Iterable<number>): Promise<void>;
  /** Day starts of the partitions of `table`, oldest first. */
  list(table: PartitionedTable): Promise<number[]>;
  /** Forgets a dropped partition. */
  forget(table: PartitionedTable, dayStart: number): void;
}

export function createPartitionKeeper(pool: pg.Pool): PartitionKeeper {
  const known: Record<PartitionedTable, Set<number>> = { events: new Set(), event_ids: new Set() };
  return {
    async ensure(table, times) {
      const missing = new Set<number>();
      for (const time of times) {
        const day = utcDayStart(time);
        if (!known[table].has(day)) missing.add(day);
      }
      if (missing.size === 0) return;
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query("SET LOCAL lock_timeout = '3s'");
        await client.query('SELECT pg_advisory_xact_lock($1)', [LOCKS.partitions]);
        for (const day of [...missing].sort((a, b) => a - b)) {
          await client.query(`CREATE TABLE IF NOT EXISTS ${partitionName(table, day)} PARTITION OF ${table} FOR VALUES FROM (${day}) TO (${day + DAY_MS})`);
        }
        await client.query('COMMIT');
        for (const day of missing) known[table].add(day);
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async list(table) {
      const result = await pool.query<{ name: string }>(
        `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = to_regclass($1)`,
        [table],
      );
      const days = result.rows.map((row) => partitionDay(table, row.name)).filter((day): day is number => day !== undefined);
      for (const day of days) known[table].add(day);
      return days.sort((a, b) => a - b);
    },
    forget(table, dayStart) {
      known[table].delete(dayStart);
    },
  };
}

/**
 * The group commit on PostgreSQL: every request of a group in one call of
 * `kb_save_events` (`postgres-save-function.ts`), so one round trip and one implicit
 * transaction, the rows passed as arrays.
 *
 * - De-duplication: an event with an `event_id` is stored only when its key
 *   (event_id, ts) is new to `event_ids`; a retried batch repeats both, so
 *   it is stored once whichever instance it reaches (`ON CONFLICT DO
 *   NOTHING`).
 * - Many writers: instances commit side by side (PostgreSQL flushes their
 *   commits together); only drawing the transaction id and the event ids is
 *   one writer at a time, for an instant. So a larger id always belongs to a
 *   later transaction, and the export (`listEvents`) can stop at the oldest
 *   transaction still running: an incremental export by id never skips a
 *   row that another instance commits late.
 * - Votes: a new vote replaces the earlier ones with its vote key that UTC
 *   day; within one group only the last vote per key is sent.
 */
import type pg from 'pg';
import type { EventRow } from '../../db/event-row.ts';
import type { DroppedCount } from '../../db/save-dropped-counts.ts';
import { utcDayStart } from '../../db/utc-day.ts';
import { SAVE_EVENT_COLUMNS } from './postgres-save-function.ts';

const SAVE = {
  name: 'kb-save-events',
  text: `SELECT kb_save_events(${Array.from({ length: SAVE_EVENT_COLUMNS.length + 4 }, (_, i) => `$${i + 1}`).join(', ')}) AS stored`,
};

/** Stores `writes` and adds `dropped` in one call; resolves with the number of new events. */
export async function saveEventsPostgres(pool: pg.Pool | pg.PoolClient, writes: ReadonlyArray<readonly EventRow[]>, dropped: readonly DroppedCount[]): Promise<number> {
  const rows = distinctRows(writes);
  const columns: unknown[][] = SAVE_EVENT_COLUMNS.map(([name]) => rows.map((row) => (row as unknown as Record<string, unknown>)[name] ?? null));
  const droppedValues = [dropped.map((d) => d.day), dropped.map((d) => d.reason), dropped.map((d) => d.requests), dropped.map((d) => d.events)];
  const result = await pool.query<{ stored: number }>({ ...SAVE, values: [...columns, ...droppedValues] });
  return result.rows[0]?.stored ?? 0;
}

/** The rows to insert: the first of each event id, and of each day's votes with one key only the last. */
function distinctRows(writes: ReadonlyArray<readonly EventRow[]>): EventRow[] {
  const seen = new Set<string>();
  const rows: EventRow[] = [];
  for (const write of writes) {
    for (const row of write) {
      if (row.event_id) {
        const key = `${row.event_id} ${row.ts}`;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      rows.push(row);
    }
  }
  const lastVote = new Map<string, number>();
  rows.forEach((row, index) => {
    if (row.type === 'vote' && row.vote_key !== null) lastVote.set(`${row.vote_key} ${utcDayStart(row.received_at)}`, index);
  });
  if (lastVote.size === 0) return rows;
  return rows.filter((row, index) => row.type !== 'vote' || row.vote_key === null || lastVote.get(`${row.vote_key} ${utcDayStart(row.received_at)}`) === index);
}

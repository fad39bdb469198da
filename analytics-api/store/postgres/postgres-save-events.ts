/**
 * The group commit on PostgreSQL: every request of a group in one
 * statement (so one round trip and one implicit transaction), the rows
 * passed as arrays and expanded with `unnest`.
 *
 * - De-duplication: an event with an `event_id` is stored only when its key
 *   (event_id, ts) is new to `event_ids`; a retried batch repeats both, so
 *   it is stored once whichever instance it reaches (`ON CONFLICT DO
 *   NOTHING`).
 * - Order: the statement takes a transaction-level advisory lock before it
 *   draws ids, so instances commit one after another and ids are committed
 *   in increasing order. An export by id (`since=`) therefore never skips a
 *   row that another instance commits later with a smaller id. A commit
 *   holds the lock for one multi-row insert, and group commit makes those
 *   rarer as load grows.
 * - Votes: a new vote replaces the earlier ones with its vote key that UTC
 *   day. The delete sees the statement's snapshot, which holds the old votes
 *   and not the new ones; within one group only the last vote per key is
 *   inserted, as the later one would replace it anyway.
 */
import type pg from 'pg';
import type { EventRow } from '../../db/event-row.ts';
import type { DroppedCount } from '../../db/save-dropped-counts.ts';
import { DAY_MS, utcDayStart } from '../../db/utc-day.ts';
import { LOCKS } from './postgres-migrate.ts';

const COLUMNS = ['event_id', 'type', 'session', 'visitor', 'ts', 'received_at', 'article', 'vote', 'reason', 'comment', 'query', 'results', 'position', 'vote_key'] as const;
const TYPES = ['text', 'text', 'text', 'text', 'int8', 'int8', 'text', 'text', 'text', 'text', 'text', 'int4', 'int4', 'text'] as const;

const BASE = `
  WITH write_lock AS (SELECT pg_advisory_xact_lock(${LOCKS.write})),
  input AS (
    SELECT t.* FROM write_lock, unnest(${COLUMNS.map((_, i) => `$${i + 1}::${TYPES[i]}[]`).join(', ')})
      AS t(${COLUMNS.join(', ')})
  ),
  fresh AS (
    INSERT INTO event_ids (event_id, ts) SELECT event_id, ts FROM input WHERE event_id IS NOT NULL
    ON CONFLICT DO NOTHING RETURNING event_id, ts
  ),
  inserted AS (
    INSERT INTO events (${COLUMNS.join(', ')})
    SELECT ${COLUMNS.map((column) => `i.${column}`).join(', ')} FROM input i
    WHERE i.event_id IS NULL OR EXISTS (SELECT 1 FROM fresh f WHERE f.event_id = i.event_id AND f.ts = i.ts)
    RETURNING type, vote_key, received_at
  ),
  dropped AS (
    INSERT INTO daily_dropped_counts (day, reason, requests, events)
    SELECT * FROM unnest($15::text[], $16::text[], $17::int8[], $18::int8[])
    ON CONFLICT (day, reason) DO UPDATE SET
      requests = daily_dropped_counts.requests + excluded.requests, events = daily_dropped_counts.events + excluded.events
  )`;

const SAVE = { name: 'kb-save-events', text: `${BASE} SELECT count(*) AS stored FROM inserted` };
// The day bounds ($19, $20) are constants of the statement, so only the partitions of those days are searched.
const SAVE_WITH_VOTES = {
  name: 'kb-save-events-votes',
  text: `${BASE},
  replaced AS (
    DELETE FROM events e USING inserted i
    WHERE i.type = 'vote' AND i.vote_key IS NOT NULL AND e.type = 'vote' AND e.vote_key = i.vote_key
      AND e.received_at >= $19::int8 AND e.received_at < $20::int8
      AND e.received_at / ${DAY_MS} = i.received_at / ${DAY_MS}
  )
  SELECT count(*) AS stored FROM inserted`,
};

/** Stores `writes` and adds `dropped` in one statement; resolves with the number of new events. */
export async function saveEventsPostgres(pool: pg.Pool, writes: ReadonlyArray<readonly EventRow[]>, dropped: readonly DroppedCount[]): Promise<number> {
  const rows = distinctRows(writes);
  const columns: unknown[][] = COLUMNS.map(() => []);
  let voteFrom = Number.POSITIVE_INFINITY;
  let voteTo = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    const values = [row.event_id ?? null, row.type, row.session, row.visitor, row.ts, row.received_at, row.article, row.vote, row.reason, row.comment, row.query, row.results, row.position, row.vote_key];
    values.forEach((value, i) => columns[i]?.push(value));
    if (row.type === 'vote' && row.vote_key !== null) {
      voteFrom = Math.min(voteFrom, utcDayStart(row.received_at));
      voteTo = Math.max(voteTo, utcDayStart(row.received_at) + DAY_MS);
    }
  }
  const droppedValues = [dropped.map((d) => d.day), dropped.map((d) => d.reason), dropped.map((d) => d.requests), dropped.map((d) => d.events)];
  const hasVotes = voteFrom !== Number.POSITIVE_INFINITY;
  const statement = hasVotes ? SAVE_WITH_VOTES : SAVE;
  const values = hasVotes ? [...columns, ...droppedValues, voteFrom, voteTo] : [...columns, ...droppedValues];
  const result = await pool.query<{ stored: number }>({ ...statement, values });
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

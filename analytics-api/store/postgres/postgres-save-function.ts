/**
 * `kb_save_events(...)`, the PostgreSQL group commit in one call (see
 * `postgres-save-events.ts`), as SQL for a list of event columns: the
 * function takes one array per column, so a migration that adds a column
 * replaces the function with one more array (migration 4 created it,
 * migration 6 added `locale`). Arrays are passed in the order listed here.
 */
import { LOCKS } from './postgres-locks.ts';

/** An event column and its PostgreSQL type. */
export type EventColumn = readonly [name: string, type: 'TEXT' | 'INT8' | 'INT4'];

/** The event columns `kb_save_events` took from migration 4. */
export const V4_EVENT_COLUMNS: readonly EventColumn[] = [
  ['event_id', 'TEXT'],
  ['type', 'TEXT'],
  ['session', 'TEXT'],
  ['visitor', 'TEXT'],
  ['ts', 'INT8'],
  ['received_at', 'INT8'],
  ['article', 'TEXT'],
  ['vote', 'TEXT'],
  ['reason', 'TEXT'],
  ['comment', 'TEXT'],
  ['query', 'TEXT'],
  ['results', 'INT4'],
  ['position', 'INT4'],
  ['vote_key', 'TEXT'],
];

/** From migration 6 on: with the page's locale. */
export const V6_EVENT_COLUMNS: readonly EventColumn[] = [...V4_EVENT_COLUMNS, ['locale', 'TEXT']];

/** The column arrays the current `kb_save_events` takes, then the four arrays of dropped counts. */
export const SAVE_EVENT_COLUMNS = V6_EVENT_COLUMNS;

/** The CREATE FUNCTION statement for `columns`. */
export function saveEventsFunction(columns: readonly EventColumn[]): string {
  const names = columns.map(([name]) => name);
  const parameters = columns.map(([name, type]) => `p_${name} ${type}[]`).join(', ');
  return `CREATE FUNCTION kb_save_events(
  ${parameters},
  p_dropped_day TEXT[], p_dropped_reason TEXT[], p_dropped_requests INT8[], p_dropped_events INT8[]
) RETURNS INTEGER LANGUAGE plpgsql AS $fn$
DECLARE
  n INTEGER := COALESCE(array_length(p_type, 1), 0);
  ids INT8[];
  stored INTEGER := 0;
  vote_keys TEXT[];
  vote_ids INT8[];
  vote_times INT8[];
  vote_from INT8;
  vote_to INT8;
BEGIN
  IF n > 0 THEN
    -- The transaction id and the event ids are drawn together, one writer at a time (for microseconds, not
    -- until commit), so a later transaction always holds larger ids: see the export's settled horizon.
    PERFORM pg_advisory_lock(${LOCKS.write});
    BEGIN
      PERFORM pg_current_xact_id();
      ids := ARRAY(SELECT nextval('events_id_seq') FROM generate_series(1, n));
    EXCEPTION WHEN OTHERS THEN
      PERFORM pg_advisory_unlock(${LOCKS.write});
      RAISE;
    END;
    PERFORM pg_advisory_unlock(${LOCKS.write});

    WITH input AS (
      SELECT * FROM unnest(ids, ${names.map((name) => `p_${name}`).join(', ')})
        AS t(id, ${names.join(', ')})
    ),
    fresh AS (
      INSERT INTO event_ids (event_id, ts) SELECT i.event_id, i.ts FROM input i WHERE i.event_id IS NOT NULL
      ON CONFLICT DO NOTHING RETURNING event_id, ts
    ),
    inserted AS (
      INSERT INTO events (id, ${names.join(', ')})
      SELECT i.id, ${names.map((name) => `i.${name}`).join(', ')}
      FROM input i
      WHERE i.event_id IS NULL OR EXISTS (SELECT 1 FROM fresh f WHERE f.event_id = i.event_id AND f.ts = i.ts)
      RETURNING id, type, vote_key, received_at
    )
    SELECT count(*)::INTEGER,
      array_agg(vote_key) FILTER (WHERE type = 'vote' AND vote_key IS NOT NULL),
      array_agg(id) FILTER (WHERE type = 'vote' AND vote_key IS NOT NULL),
      array_agg(received_at) FILTER (WHERE type = 'vote' AND vote_key IS NOT NULL)
    INTO stored, vote_keys, vote_ids, vote_times
    FROM inserted;

    -- A new vote replaces the earlier ones with its key that UTC day (a new statement: it sees them all, ours included).
    -- The bounds as variables let the executor skip the partitions of other days.
    IF vote_keys IS NOT NULL THEN
      SELECT (min(t) / 86400000) * 86400000, (max(t) / 86400000) * 86400000 + 86400000 INTO vote_from, vote_to FROM unnest(vote_times) AS t;
      DELETE FROM events e
      USING unnest(vote_keys, vote_ids, vote_times) AS v(vote_key, id, received_at)
      WHERE e.type = 'vote' AND e.vote_key = v.vote_key AND e.id < v.id
        AND e.received_at >= vote_from AND e.received_at < vote_to
        AND e.received_at / 86400000 = v.received_at / 86400000;
    END IF;
  END IF;

  INSERT INTO daily_dropped_counts (day, reason, requests, events)
  SELECT * FROM unnest(p_dropped_day, p_dropped_reason, p_dropped_requests, p_dropped_events)
  ON CONFLICT (day, reason) DO UPDATE SET
    requests = daily_dropped_counts.requests + excluded.requests, events = daily_dropped_counts.events + excluded.events;
  RETURN stored;
END
$fn$;
`;
}

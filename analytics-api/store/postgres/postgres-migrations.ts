/**
 * The PostgreSQL form of the analytics migrations (`db/migrations.ts` holds
 * the one numbered list and what each table means). The tables and columns
 * are SQLite's; what differs:
 * - `events` is partitioned by UTC day of `received_at` (one partition per
 *   day, created on demand by `postgres-partitions.ts`), so retention drops
 *   whole partitions instead of deleting rows. Its `id` comes from a
 *   sequence, drawn together with the writing transaction's id, which
 *   `events.tx` records (see `kb_save_events` and `postgres-save-events.ts`).
 * - `fold_query(text)` folds case with ICU's Unicode rules, like SQLite's
 *   `fold_query` registered from JavaScript.
 * - Migration 3 (the contact outbox) is in `outbox/outbox-migration.ts`.
 * - Migration 4 adds, besides `event_id`: `event_ids` (the de-duplication
 *   keys, partitioned by the UTC day of the client time `ts`, which a retry
 *   repeats exactly, and dropped once a retry would be refused for its
 *   clock skew anyway), `daily_salts` (the visitor-hash salt all instances
 *   share: one row for the current UTC day), `rolled_days` (days whose raw
 *   events are already summed in the daily tables, so the read API reads
 *   those instead of raw events), `daily_search_stats.visitors` (so rare
 *   queries can still be folded into one row when their day is pruned),
 *   `events.tx` and `kb_save_events(...)`, the group commit in one call.
 */
import { LOCKS } from './postgres-locks.ts';

const v1 = `
CREATE FUNCTION fold_query(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower($1 COLLATE "und-x-icu") $$;

CREATE SEQUENCE events_id_seq AS BIGINT;
CREATE TABLE events (
  id BIGINT NOT NULL DEFAULT nextval('events_id_seq'),
  type TEXT NOT NULL,
  session TEXT NOT NULL,
  visitor TEXT NOT NULL,
  ts BIGINT NOT NULL,
  received_at BIGINT NOT NULL,
  article TEXT,
  vote TEXT,
  reason TEXT,
  comment TEXT,
  query TEXT,
  results INTEGER,
  position INTEGER
) PARTITION BY RANGE (received_at);
CREATE INDEX events_id ON events (id);
CREATE INDEX events_received_at ON events (received_at);
CREATE INDEX events_votes ON events (visitor, article) WHERE type = 'vote';

CREATE TABLE daily_article_stats (
  day TEXT NOT NULL,
  article TEXT NOT NULL,
  views BIGINT NOT NULL DEFAULT 0,
  visitors BIGINT NOT NULL DEFAULT 0,
  votes_up BIGINT NOT NULL DEFAULT 0,
  votes_down BIGINT NOT NULL DEFAULT 0,
  sessions BIGINT NOT NULL DEFAULT 0,
  deflected_sessions BIGINT NOT NULL DEFAULT 0,
  contact_after_view BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (day, article)
);

CREATE TABLE daily_search_stats (
  day TEXT NOT NULL,
  query TEXT NOT NULL,
  searches BIGINT NOT NULL DEFAULT 0,
  zero_result_searches BIGINT NOT NULL DEFAULT 0,
  sessions BIGINT NOT NULL DEFAULT 0,
  clicked_sessions BIGINT NOT NULL DEFAULT 0,
  clicks BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (day, query)
);

CREATE TABLE daily_session_stats (
  day TEXT PRIMARY KEY,
  sessions BIGINT NOT NULL DEFAULT 0,
  self_served BIGINT NOT NULL DEFAULT 0,
  deflected_at_contact BIGINT NOT NULL DEFAULT 0,
  contacted BIGINT NOT NULL DEFAULT 0,
  abandoned_contact BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE daily_dropped_counts (
  day TEXT NOT NULL,
  reason TEXT NOT NULL,
  requests BIGINT NOT NULL DEFAULT 0,
  events BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (day, reason)
);
`;

const v2 = `
ALTER TABLE events ADD COLUMN vote_key TEXT;
DROP INDEX events_votes;
CREATE INDEX events_vote_keys ON events (vote_key, received_at) WHERE type = 'vote';

CREATE TABLE service_checks (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  checked_at BIGINT NOT NULL
);
`;

const v4 = `
ALTER TABLE events ADD COLUMN event_id TEXT;
ALTER TABLE events ADD COLUMN tx XID8 NOT NULL DEFAULT pg_current_xact_id();

CREATE TABLE event_ids (
  event_id TEXT NOT NULL,
  ts BIGINT NOT NULL,
  PRIMARY KEY (event_id, ts)
) PARTITION BY RANGE (ts);

CREATE TABLE daily_salts (
  day TEXT PRIMARY KEY,
  salt TEXT NOT NULL
);

CREATE TABLE rolled_days (
  day TEXT PRIMARY KEY,
  rolled_at BIGINT NOT NULL
);

ALTER TABLE daily_search_stats ADD COLUMN visitors BIGINT NOT NULL DEFAULT 0;

CREATE FUNCTION kb_save_events(
  p_event_id TEXT[], p_type TEXT[], p_session TEXT[], p_visitor TEXT[], p_ts INT8[], p_received_at INT8[],
  p_article TEXT[], p_vote TEXT[], p_reason TEXT[], p_comment TEXT[], p_query TEXT[], p_results INT4[], p_position INT4[], p_vote_key TEXT[],
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
      SELECT * FROM unnest(ids, p_event_id, p_type, p_session, p_visitor, p_ts, p_received_at, p_article, p_vote, p_reason, p_comment, p_query, p_results, p_position, p_vote_key)
        AS t(id, event_id, type, session, visitor, ts, received_at, article, vote, reason, comment, query, results, position, vote_key)
    ),
    fresh AS (
      INSERT INTO event_ids (event_id, ts) SELECT i.event_id, i.ts FROM input i WHERE i.event_id IS NOT NULL
      ON CONFLICT DO NOTHING RETURNING event_id, ts
    ),
    inserted AS (
      INSERT INTO events (id, event_id, type, session, visitor, ts, received_at, article, vote, reason, comment, query, results, position, vote_key)
      SELECT i.id, i.event_id, i.type, i.session, i.visitor, i.ts, i.received_at, i.article, i.vote, i.reason, i.comment, i.query, i.results, i.position, i.vote_key
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

/** Migration 5: the de-duplication key led by the client time, as SQLite's (see there why). */
const v5 = `
ALTER TABLE event_ids DROP CONSTRAINT event_ids_pkey;
ALTER TABLE event_ids ADD PRIMARY KEY (ts, event_id);
`;

/** By number, as `db/migrations.ts` lists them. */
export const postgresMigrations = { v1, v2, v4, v5 } as const;

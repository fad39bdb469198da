/**
 * The PostgreSQL form of the analytics migrations (`db/migrations.ts` holds
 * the one numbered list and what each table means). The tables and columns
 * are SQLite's; what differs:
 * - `events` is partitioned by UTC day of `received_at` (one partition per
 *   day, created on demand by `postgres-partitions.ts`), so retention drops
 *   whole partitions instead of deleting rows. Its `id` comes from a
 *   sequence; writers take a lock before inserting, so ids are
 *   committed in order and an export by id never skips a row that commits
 *   late (see `postgres-save-events.ts`).
 * - `fold_query(text)` folds case with ICU's Unicode rules, like SQLite's
 *   `fold_query` registered from JavaScript.
 * - Migration 3 adds, besides `event_id`: `event_ids` (the de-duplication
 *   keys, partitioned by the UTC day of the client time `ts`, which a retry
 *   repeats exactly, and dropped once a retry would be refused for its
 *   clock skew anyway), `daily_salts` (the visitor-hash salt all instances
 *   share: one row for the current UTC day), `rolled_days` (days whose raw
 *   events are already summed in the daily tables, so the read API reads
 *   those instead of raw events) and `daily_search_stats.visitors` (so rare
 *   queries can still be folded into one row when their day is pruned).
 */

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

const v3 = `
ALTER TABLE events ADD COLUMN event_id TEXT;

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
`;

/** In the order of `db/migrations.ts`. */
export const postgresMigrations: readonly string[] = [v1, v2, v3];

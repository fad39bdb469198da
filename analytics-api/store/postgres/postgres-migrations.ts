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
import { saveEventsFunction, V4_EVENT_COLUMNS, V6_EVENT_COLUMNS } from './postgres-save-function.ts';

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

${saveEventsFunction(V4_EVENT_COLUMNS)}`;

/** Migration 5: the de-duplication key led by the client time, as SQLite's (see there why). */
const v5 = `
ALTER TABLE event_ids DROP CONSTRAINT event_ids_pkey;
ALTER TABLE event_ids ADD PRIMARY KEY (ts, event_id);
`;

/**
 * Migration 6: `events.locale` and `locale` in the daily tables' keys (see
 * `db/migrations.ts`), and `kb_save_events` with the locale column.
 */
const v6 = `
ALTER TABLE events ADD COLUMN locale TEXT;

ALTER TABLE daily_article_stats ADD COLUMN locale TEXT NOT NULL DEFAULT '';
ALTER TABLE daily_article_stats DROP CONSTRAINT daily_article_stats_pkey;
ALTER TABLE daily_article_stats ADD PRIMARY KEY (day, locale, article);

ALTER TABLE daily_search_stats ADD COLUMN locale TEXT NOT NULL DEFAULT '';
ALTER TABLE daily_search_stats DROP CONSTRAINT daily_search_stats_pkey;
ALTER TABLE daily_search_stats ADD PRIMARY KEY (day, locale, query);

ALTER TABLE daily_session_stats ADD COLUMN locale TEXT NOT NULL DEFAULT '';
ALTER TABLE daily_session_stats DROP CONSTRAINT daily_session_stats_pkey;
ALTER TABLE daily_session_stats ADD PRIMARY KEY (day, locale);

DROP FUNCTION kb_save_events(${V4_EVENT_COLUMNS.map(([, type]) => `${type}[]`).join(', ')}, TEXT[], TEXT[], INT8[], INT8[]);
${saveEventsFunction(V6_EVENT_COLUMNS)}`;

/** By number, as `db/migrations.ts` lists them. */
export const postgresMigrations = { v1, v2, v4, v5, v6 } as const;

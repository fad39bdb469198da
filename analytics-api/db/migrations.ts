/**
 * The analytics database schema as numbered, append-only migrations, one
 * list for both engines: each migration has its SQLite and its PostgreSQL
 * form (the same tables; the dialects differ in types, partitioning and
 * indexes). SQLite's `PRAGMA user_version` and PostgreSQL's
 * `schema_version` table record how many have run; never edit a released
 * migration, add a new one.
 */
import { contactOutboxMigration } from '../outbox/outbox-migration.ts';
import { postgresMigrations } from '../store/postgres/postgres-migrations.ts';

/** One numbered migration, in each engine's SQL. */
export interface Migration {
  sqlite: string;
  postgres: string;
}

/**
 * Migration 1.
 *
 * `events` holds raw events for the retention period (13 months by default).
 * Its columns are a contract with `kb analytics pull` and `GET /api/export`:
 * `visitor` is the daily salted hash (never an IP or user agent), `ts` the
 * client time and `received_at` the server time, both in ms since the epoch.
 *
 * The rollup tables keep daily totals after raw events are pruned. `day` is
 * the UTC date (YYYY-MM-DD) of `received_at`, the same day the visitor hash
 * salt belongs to.
 * - `daily_article_stats`: per article and day — `views`; `visitors`
 *   (distinct visitor hashes that viewed it that day); `votes_up`,
 *   `votes_down`; `sessions` (sessions that viewed it); `deflected_sessions`
 *   (of those, sessions that were self-served or deflected at contact);
 *   `contact_after_view` (of those, sessions that opened contact after
 *   viewing it).
 * - `daily_search_stats`: per case-folded query and day — `searches`,
 *   `zero_result_searches`, `sessions` (sessions that searched it),
 *   `clicked_sessions` (of those, sessions that clicked a result for it),
 *   `clicks`.
 * - `daily_session_stats`: per day — `sessions` that viewed an article or
 *   opened contact that day (classified on that day's events), split into
 *   `self_served`, `deflected_at_contact`, `contacted` and `abandoned_contact`.
 * - `daily_dropped_counts`: requests and events answered but not stored, per
 *   day and `reason` (`bot`, `dnt`, `gpc`).
 */
const v1 = `
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  session TEXT NOT NULL,
  visitor TEXT NOT NULL,
  ts INTEGER NOT NULL,
  received_at INTEGER NOT NULL,
  article TEXT,
  vote TEXT,
  reason TEXT,
  comment TEXT,
  query TEXT,
  results INTEGER,
  position INTEGER
);
CREATE INDEX events_received_at ON events (received_at);
CREATE INDEX events_votes ON events (visitor, article) WHERE type = 'vote';

CREATE TABLE daily_article_stats (
  day TEXT NOT NULL,
  article TEXT NOT NULL,
  views INTEGER NOT NULL DEFAULT 0,
  visitors INTEGER NOT NULL DEFAULT 0,
  votes_up INTEGER NOT NULL DEFAULT 0,
  votes_down INTEGER NOT NULL DEFAULT 0,
  sessions INTEGER NOT NULL DEFAULT 0,
  deflected_sessions INTEGER NOT NULL DEFAULT 0,
  contact_after_view INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (day, article)
) WITHOUT ROWID;

CREATE TABLE daily_search_stats (
  day TEXT NOT NULL,
  query TEXT NOT NULL,
  searches INTEGER NOT NULL DEFAULT 0,
  zero_result_searches INTEGER NOT NULL DEFAULT 0,
  sessions INTEGER NOT NULL DEFAULT 0,
  clicked_sessions INTEGER NOT NULL DEFAULT 0,
  clicks INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (day, query)
) WITHOUT ROWID;

CREATE TABLE daily_session_stats (
  day TEXT PRIMARY KEY,
  sessions INTEGER NOT NULL DEFAULT 0,
  self_served INTEGER NOT NULL DEFAULT 0,
  deflected_at_contact INTEGER NOT NULL DEFAULT 0,
  contacted INTEGER NOT NULL DEFAULT 0,
  abandoned_contact INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE daily_dropped_counts (
  day TEXT NOT NULL,
  reason TEXT NOT NULL,
  requests INTEGER NOT NULL DEFAULT 0,
  events INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (day, reason)
) WITHOUT ROWID;
`;

/**
 * Migration 2.
 *
 * `events.vote_key`: the key votes are de-duplicated by, a daily salted
 * hash of the address and the article (never the user agent), so one
 * address votes once per article per day however many browsers it uses.
 * NULL for other events and for votes stored before this migration.
 *
 * `service_checks`: one row the health check rewrites, so `/api/health`
 * proves that a write reaches the disk instead of assuming it.
 *
 * Databases migrated from version 1 are vacuumed once afterwards (see
 * `open-database.ts`): they were written without `secure_delete`.
 */
const v2 = `
ALTER TABLE events ADD COLUMN vote_key TEXT;
DROP INDEX events_votes;
CREATE INDEX events_vote_keys ON events (vote_key, received_at) WHERE type = 'vote';

CREATE TABLE service_checks (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  checked_at INTEGER NOT NULL
);
`;

/**
 * Migration 3 is the contact outbox (`outbox/outbox-migration.ts`).
 *
 * Migration 4.
 *
 * `events.event_id`: the id the tracker gives each event, so a batch sent
 * again (a retry after a timeout, a second instance behind a load balancer)
 * is stored once. Optional: events from cached old pages carry none. Not
 * exported; the server's `id` stays the export's key.
 */
const v4 = `
ALTER TABLE events ADD COLUMN event_id TEXT;
CREATE UNIQUE INDEX events_event_id ON events (event_id) WHERE event_id IS NOT NULL;
`;

/**
 * Migration 5.
 *
 * The de-duplication key becomes (`ts`, `event_id`), as a retried batch
 * repeats both. Random ids alone scatter every insert over the whole index,
 * so each commit rewrote as many index pages as it held events (a third of
 * the API's throughput); led by the client time, new keys land together at
 * the end of the index.
 */
const v5 = `
DROP INDEX events_event_id;
CREATE UNIQUE INDEX events_event_key ON events (ts, event_id) WHERE event_id IS NOT NULL;
`;

/**
 * Migration 6.
 *
 * `events.locale`: the locale of the page that sent the event (ISO 639-1,
 * one of the config's), null where the page sent none. The daily tables
 * gain `locale` in their key, `''` for the rows of days rolled up before
 * (which count as the default locale, see `locale-filter.ts`). SQLite
 * cannot change a primary key, so each daily table is copied into its new
 * shape.
 */
const v6 = `
ALTER TABLE events ADD COLUMN locale TEXT;

CREATE TABLE daily_article_stats_v6 (
  day TEXT NOT NULL,
  locale TEXT NOT NULL DEFAULT '',
  article TEXT NOT NULL,
  views INTEGER NOT NULL DEFAULT 0,
  visitors INTEGER NOT NULL DEFAULT 0,
  votes_up INTEGER NOT NULL DEFAULT 0,
  votes_down INTEGER NOT NULL DEFAULT 0,
  sessions INTEGER NOT NULL DEFAULT 0,
  deflected_sessions INTEGER NOT NULL DEFAULT 0,
  contact_after_view INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (day, locale, article)
) WITHOUT ROWID;
INSERT INTO daily_article_stats_v6 (day, article, views, visitors, votes_up, votes_down, sessions, deflected_sessions, contact_after_view)
  SELECT day, article, views, visitors, votes_up, votes_down, sessions, deflected_sessions, contact_after_view FROM daily_article_stats;
DROP TABLE daily_article_stats;
ALTER TABLE daily_article_stats_v6 RENAME TO daily_article_stats;

CREATE TABLE daily_search_stats_v6 (
  day TEXT NOT NULL,
  locale TEXT NOT NULL DEFAULT '',
  query TEXT NOT NULL,
  searches INTEGER NOT NULL DEFAULT 0,
  zero_result_searches INTEGER NOT NULL DEFAULT 0,
  sessions INTEGER NOT NULL DEFAULT 0,
  clicked_sessions INTEGER NOT NULL DEFAULT 0,
  clicks INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (day, locale, query)
) WITHOUT ROWID;
INSERT INTO daily_search_stats_v6 (day, query, searches, zero_result_searches, sessions, clicked_sessions, clicks)
  SELECT day, query, searches, zero_result_searches, sessions, clicked_sessions, clicks FROM daily_search_stats;
DROP TABLE daily_search_stats;
ALTER TABLE daily_search_stats_v6 RENAME TO daily_search_stats;

CREATE TABLE daily_session_stats_v6 (
  day TEXT NOT NULL,
  locale TEXT NOT NULL DEFAULT '',
  sessions INTEGER NOT NULL DEFAULT 0,
  self_served INTEGER NOT NULL DEFAULT 0,
  deflected_at_contact INTEGER NOT NULL DEFAULT 0,
  contacted INTEGER NOT NULL DEFAULT 0,
  abandoned_contact INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (day, locale)
) WITHOUT ROWID;
INSERT INTO daily_session_stats_v6 (day, sessions, self_served, deflected_at_contact, contacted, abandoned_contact)
  SELECT day, sessions, self_served, deflected_at_contact, contacted, abandoned_contact FROM daily_session_stats;
DROP TABLE daily_session_stats;
ALTER TABLE daily_session_stats_v6 RENAME TO daily_session_stats;
`;

/** Every migration, in order; index + 1 is the schema version after it runs. */
export const migrations: readonly Migration[] = [
  { sqlite: v1, postgres: postgresMigrations.v1 },
  { sqlite: v2, postgres: postgresMigrations.v2 },
  contactOutboxMigration,
  { sqlite: v4, postgres: postgresMigrations.v4 },
  { sqlite: v5, postgres: postgresMigrations.v5 },
  { sqlite: v6, postgres: postgresMigrations.v6 },
];

/** The SQLite form of every migration, for the SQLite runner. */
export const sqliteMigrations: readonly string[] = migrations.map((migration) => migration.sqlite);

/** The first schema version written with `secure_delete`; older files are vacuumed once when migrated. */
export const SECURE_DELETE_VERSION = 2;

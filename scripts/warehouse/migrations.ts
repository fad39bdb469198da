/**
 * The warehouse schema (`data/kb.db`) as numbered, append-only migrations;
 * `PRAGMA user_version` records how many have run. Never edit a released
 * migration: add the next one.
 */

/**
 * Migration 1.
 *
 * `tickets`: one row per ticket in the canonical model
 * (`scripts/tickets/ticket-schema.ts`). `tags` is a JSON array;
 * `satisfaction` is stored as text (`'1'`-`'5'`, `'good'`, `'bad'`);
 * `created_ms` is `created_at` in ms since the epoch, because timestamps
 * keep the offset they were exported with and do not sort as text.
 * `source` is the export format the row last came from.
 *
 * `events`: analytics events copied by `kb analytics pull`, with the
 * analytics service's own `id` as key so pulling twice never duplicates.
 * Columns are the service's export contract; `ts` (client) and
 * `received_at` (server) are ms since the epoch.
 *
 * `event_pulls`: how far each analytics source has been pulled.
 */
const v1 = `
CREATE TABLE tickets (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  created_ms INTEGER NOT NULL,
  first_reply_at TEXT,
  first_reply_minutes REAL,
  solved_at TEXT,
  status TEXT NOT NULL,
  priority TEXT,
  channel TEXT,
  subject TEXT NOT NULL,
  description TEXT NOT NULL,
  tags TEXT NOT NULL,
  category TEXT,
  requester_id TEXT,
  requester_email TEXT,
  organization TEXT,
  plan TEXT,
  satisfaction TEXT,
  reopens INTEGER NOT NULL,
  replies INTEGER NOT NULL,
  article TEXT,
  session TEXT,
  source TEXT NOT NULL,
  imported_at TEXT NOT NULL
);
CREATE INDEX tickets_created_ms ON tickets (created_ms);

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
CREATE INDEX events_type_ts ON events (type, ts);

CREATE TABLE event_pulls (
  source TEXT PRIMARY KEY,
  last_id INTEGER NOT NULL,
  pulled_at TEXT NOT NULL
);
`;

/**
 * Migration 2: tickets keep the durations helpdesks export (calendar and
 * business minutes, as the helpdesk computed them), when the helpdesk last
 * updated them (`updated_at`, and `updated_ms` to compare: a re-import
 * never replaces a newer row with an older one), whether a satisfaction
 * survey was sent, and unknown reply and reopen counts as NULL instead of
 * 0. SQLite cannot relax NOT NULL in place, so the table is rebuilt.
 */
const v2 = `
CREATE TABLE tickets_v2 (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  created_ms INTEGER NOT NULL,
  updated_at TEXT,
  updated_ms INTEGER,
  first_reply_at TEXT,
  first_reply_minutes REAL,
  first_reply_business_minutes REAL,
  solved_at TEXT,
  first_resolution_minutes REAL,
  first_resolution_business_minutes REAL,
  full_resolution_minutes REAL,
  full_resolution_business_minutes REAL,
  requester_wait_minutes REAL,
  requester_wait_business_minutes REAL,
  status TEXT NOT NULL,
  priority TEXT,
  channel TEXT,
  subject TEXT NOT NULL,
  description TEXT NOT NULL,
  tags TEXT NOT NULL,
  category TEXT,
  requester_id TEXT,
  requester_email TEXT,
  organization TEXT,
  plan TEXT,
  satisfaction TEXT,
  satisfaction_offered INTEGER,
  reopens INTEGER,
  replies INTEGER,
  article TEXT,
  session TEXT,
  source TEXT NOT NULL,
  imported_at TEXT NOT NULL
);
INSERT INTO tickets_v2 (id, created_at, created_ms, first_reply_at, first_reply_minutes, solved_at, status, priority, channel, subject,
  description, tags, category, requester_id, requester_email, organization, plan, satisfaction, reopens, replies, article, session, source, imported_at)
SELECT id, created_at, created_ms, first_reply_at, first_reply_minutes, solved_at, status, priority, channel, subject,
  description, tags, category, requester_id, requester_email, organization, plan, satisfaction, reopens, replies, article, session, source, imported_at
FROM tickets;
DROP TABLE tickets;
ALTER TABLE tickets_v2 RENAME TO tickets;
CREATE INDEX tickets_created_ms ON tickets (created_ms);
`;

/**
 * Migration 3 (analytics retention and votes).
 *
 * `events.vote_key`: the analytics service's daily key of (address,
 * article) for votes, so a vote that replaced an earlier one on the service
 * replaces it here too, even when the earlier one was pulled first. The
 * warehouse is vacuumed once after this migration (see `open-warehouse.ts`):
 * it was written without `secure_delete`, and retention now deletes events.
 */
const v3 = `
ALTER TABLE events ADD COLUMN vote_key TEXT;
CREATE INDEX events_vote_keys ON events (vote_key) WHERE type = 'vote';
`;

/**
 * Migration 4: `ticket_pulls`, how far `kb tickets pull` has read each
 * helpdesk API (`source`: zendesk, freshdesk, helpscout). `cursor` is the
 * vendor's own resume point: Zendesk's incremental-export `after_cursor`,
 * or the latest `updated_at` (Freshdesk) / `userUpdatedAt` (Help Scout)
 * seen, as ISO time. It is saved with each page of tickets, in the same
 * transaction, so a pull that stops resumes after the last saved page.
 */
const v4 = `
CREATE TABLE ticket_pulls (
  source TEXT PRIMARY KEY,
  cursor TEXT NOT NULL,
  pulled_at TEXT NOT NULL,
  tickets INTEGER NOT NULL DEFAULT 0
);
`;

/**
 * Version 5: `events.locale`, the locale of the page that sent the event
 * (null where it sent none: the default locale), as the service exports it.
 */
const v5 = `
ALTER TABLE events ADD COLUMN locale TEXT;
`;

/** Every migration, in order; index + 1 is the `user_version` after it runs. */
export const migrations: readonly string[] = [v1, v2, v3, v4, v5];

/** The first warehouse version written with `secure_delete`; older files are vacuumed once when migrated. */
export const SECURE_DELETE_VERSION = 3;

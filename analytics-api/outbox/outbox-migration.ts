/**
 * The contact outbox's schema, migration 3 of the analytics database
 * (`db/migrations.ts` lists it in order).
 *
 * `contact_requests`: one row per request accepted by `POST /api/contact`.
 * - `id`: the request id (a UUID), also the `Idempotency-Key` of every
 *   delivery attempt;
 * - `created_at`, `next_attempt_at`, `claimed_until`, `delivered_at`: ms
 *   since the epoch;
 * - `status`: `pending` (waiting for its next attempt), `sending` (claimed
 *   by a worker until `claimed_until`; a claim that runs out, as when the
 *   process was killed, is taken again), `delivered` or `dead` (given up:
 *   the target refused it, or `max_attempts` ran out);
 * - `target`: the delivery target type when it was accepted;
 * - `attempts`, `last_status` (the target's HTTP status or SMTP code),
 *   `last_error` (what the target said);
 * - `remote_id`: the ticket or conversation id the target answered with;
 * - `priority`, `category`, `first_response_due`: its triage;
 * - `payload`: the customer's text and context as JSON (`email`, `name`,
 *   `subject`, `message`, `context`). The one place in the analytics
 *   database that holds text the scrubber has not seen; set to NULL when
 *   the request is delivered (on SQLite `secure_delete` overwrites it on
 *   disk; on PostgreSQL the old row version is reclaimed by vacuum).
 *
 * PostgreSQL's form differs only in types: times are BIGINT, and tables
 * there have no rowid to leave out.
 */
import type { Migration } from '../db/migrations.ts';

const sqlite = `
CREATE TABLE contact_requests (
  id TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'delivered', 'dead')),
  target TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  claimed_until INTEGER,
  last_status INTEGER,
  last_error TEXT,
  delivered_at INTEGER,
  remote_id TEXT,
  priority TEXT,
  category TEXT,
  first_response_due TEXT,
  payload TEXT
) WITHOUT ROWID;
CREATE INDEX contact_requests_due ON contact_requests (next_attempt_at) WHERE status IN ('pending', 'sending');
CREATE INDEX contact_requests_claims ON contact_requests (claimed_until) WHERE status = 'sending';
CREATE INDEX contact_requests_created ON contact_requests (created_at);
`;

const postgres = `
CREATE TABLE contact_requests (
  id TEXT PRIMARY KEY,
  created_at BIGINT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'delivered', 'dead')),
  target TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT NOT NULL,
  claimed_until BIGINT,
  last_status INTEGER,
  last_error TEXT,
  delivered_at BIGINT,
  remote_id TEXT,
  priority TEXT,
  category TEXT,
  first_response_due TEXT,
  payload TEXT
);
CREATE INDEX contact_requests_due ON contact_requests (next_attempt_at) WHERE status IN ('pending', 'sending');
CREATE INDEX contact_requests_claims ON contact_requests (claimed_until) WHERE status = 'sending';
CREATE INDEX contact_requests_created ON contact_requests (created_at);
`;

/** Migration 3, in each engine's SQL. */
export const contactOutboxMigration: Migration = { sqlite, postgres };

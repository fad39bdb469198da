/**
 * Writes canonical tickets into the warehouse. Keyed by ticket id, so
 * importing the same export twice updates rows instead of adding them. A
 * ticket whose `updated_at` is older than the stored row's is left out and
 * counted: an older export never reverts a ticket. A missing or equal
 * `updated_at` replaces the row, as an export of the same moment would.
 */
import { prepared } from '../../analytics-api/db/statement-cache.ts';
import type { Ticket } from '../tickets/ticket-schema.ts';
import type { Warehouse } from './open-warehouse.ts';

/** How many tickets were new, how many replaced a row with the same id, and how many were older than the row held. */
export interface SaveTicketsResult {
  inserted: number;
  updated: number;
  older: number;
}

const columns = [
  'id', 'created_at', 'created_ms', 'updated_at', 'updated_ms', 'first_reply_at', 'first_reply_minutes', 'first_reply_business_minutes',
  'solved_at', 'first_resolution_minutes', 'first_resolution_business_minutes', 'full_resolution_minutes', 'full_resolution_business_minutes',
  'requester_wait_minutes', 'requester_wait_business_minutes', 'status', 'priority', 'channel', 'subject', 'description', 'tags', 'category',
  'requester_id', 'requester_email', 'organization', 'plan', 'satisfaction', 'satisfaction_offered', 'reopens', 'replies', 'article', 'session',
  'source', 'imported_at',
] as const;

// Insert first: a new ticket costs one statement, a known one an update after it.
// Positional parameters: binding 34 values by name costs more than the insert itself.
const INSERT = `INSERT OR IGNORE INTO tickets (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
// The stored row stays when both sides know when they were updated and it is the newer.
const UPDATE = `UPDATE tickets SET ${columns
  .slice(1)
  .map((c) => `${c} = ?`)
  .join(', ')} WHERE id = ? AND NOT (updated_ms IS NOT NULL AND ? IS NOT NULL AND ? < updated_ms)`;

/** Options of {@link saveTickets}. */
export interface SaveTicketsOptions {
  /** The export format the tickets came from, kept per row. Default `"json"`. */
  source?: string;
  /** Import time; defaults to now. */
  now?: Date;
}

/**
 * Upserts tickets by id in one transaction; returns how many were new, how
 * many updated an existing row and how many were older than it.
 */
export function saveTickets(db: Warehouse, tickets: readonly Ticket[], options: SaveTicketsOptions = {}): SaveTicketsResult {
  const insert = prepared(db, INSERT);
  const update = prepared(db, UPDATE);
  const source = options.source ?? 'json';
  const importedAt = (options.now ?? new Date()).toISOString();
  const result: SaveTicketsResult = { inserted: 0, updated: 0, older: 0 };
  db.transaction(() => {
    for (const t of tickets) {
      const updatedMs = t.updated_at === null ? null : Date.parse(t.updated_at);
      const values = [
        t.created_at, Date.parse(t.created_at), t.updated_at, updatedMs, t.first_reply_at, t.first_reply_minutes, t.first_reply_business_minutes,
        t.solved_at, t.first_resolution_minutes, t.first_resolution_business_minutes, t.full_resolution_minutes, t.full_resolution_business_minutes,
        t.requester_wait_minutes, t.requester_wait_business_minutes, t.status, t.priority, t.channel, t.subject, t.description, JSON.stringify(t.tags),
        t.category, t.requester_id, t.requester_email, t.organization, t.plan, t.satisfaction === null ? null : String(t.satisfaction),
        t.satisfaction_offered === null ? null : t.satisfaction_offered ? 1 : 0, t.reopens, t.replies, t.article, t.session, source, importedAt,
      ];
      if (insert.run(t.id, ...values).changes === 1) result.inserted++;
      else if (update.run(...values, t.id, updatedMs, updatedMs).changes === 1) result.updated++;
      else result.older++;
    }
  })();
  return result;
}

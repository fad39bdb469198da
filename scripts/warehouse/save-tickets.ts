/**
 * Writes canonical tickets into the warehouse. Keyed by ticket id, so
 * importing the same export twice updates rows instead of adding them.
 */
import { prepared } from '../../analytics-api/db/statement-cache.ts';
import type { Ticket } from '../tickets/ticket-schema.ts';
import type { Warehouse } from './open-warehouse.ts';

/** How many tickets were new and how many replaced a row with the same id. */
export interface SaveTicketsResult {
  inserted: number;
  updated: number;
}

const columns = [
  'id', 'created_at', 'created_ms', 'first_reply_at', 'first_reply_minutes', 'solved_at', 'status', 'priority',
  'channel', 'subject', 'description', 'tags', 'category', 'requester_id', 'requester_email', 'organization', 'plan',
  'satisfaction', 'reopens', 'replies', 'article', 'session', 'source', 'imported_at',
] as const;

// Insert first: a new ticket costs one statement, a known one an update after it.
// Positional parameters: binding 24 values by name costs more than the insert itself.
const INSERT = `INSERT OR IGNORE INTO tickets (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
const UPDATE = `UPDATE tickets SET ${columns
  .slice(1)
  .map((c) => `${c} = ?`)
  .join(', ')} WHERE id = ?`;

/** Options of {@link saveTickets}. */
export interface SaveTicketsOptions {
  /** The export format the tickets came from, kept per row. Default `"json"`. */
  source?: string;
  /** Import time; defaults to now. */
  now?: Date;
}

/**
 * Upserts tickets by id in one transaction; returns how many were new and
 * how many updated an existing row.
 */
export function saveTickets(db: Warehouse, tickets: readonly Ticket[], options: SaveTicketsOptions = {}): SaveTicketsResult {
  const insert = prepared(db, INSERT);
  const update = prepared(db, UPDATE);
  const source = options.source ?? 'json';
  const importedAt = (options.now ?? new Date()).toISOString();
  const result: SaveTicketsResult = { inserted: 0, updated: 0 };
  db.transaction(() => {
    for (const t of tickets) {
      const values = [
        t.created_at, Date.parse(t.created_at), t.first_reply_at, t.first_reply_minutes, t.solved_at, t.status, t.priority,
        t.channel, t.subject, t.description, JSON.stringify(t.tags), t.category, t.requester_id, t.requester_email, t.organization, t.plan,
        t.satisfaction === null ? null : String(t.satisfaction), t.reopens, t.replies, t.article, t.session, source, importedAt,
      ];
      if (insert.run(t.id, ...values).changes === 1) result.inserted++;
      else {
        update.run(...values, t.id);
        result.updated++;
      }
    }
  })();
  return result;
}

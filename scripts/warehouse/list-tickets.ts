/** Reads tickets back from the warehouse in the canonical model. */
import { prepared } from '../../analytics-api/db/statement-cache.ts';
import type { Ticket } from '../tickets/ticket-schema.ts';
import type { Warehouse } from './open-warehouse.ts';
import { periodMs, type TimePeriod } from './time-bound.ts';

/** A period: `created_at` in [from, to). Either end may be left open. */
export type TicketPeriod = TimePeriod;

type TicketRow = Omit<Ticket, 'tags' | 'satisfaction' | 'satisfaction_offered'> & {
  tags: string;
  satisfaction: string | null;
  satisfaction_offered: number | null;
};

const SELECT = `SELECT id, created_at, updated_at, first_reply_at, first_reply_minutes, first_reply_business_minutes, solved_at,
  first_resolution_minutes, first_resolution_business_minutes, full_resolution_minutes, full_resolution_business_minutes,
  requester_wait_minutes, requester_wait_business_minutes, status, priority, channel, subject, description, tags, category,
  requester_id, requester_email, organization, plan, satisfaction, satisfaction_offered, reopens, replies, article, session
FROM tickets WHERE created_ms >= ? AND created_ms < ? ORDER BY created_ms, id`;

/** Tickets created in [from, to), oldest first (ties by id). */
export function listTickets(db: Warehouse, period: TicketPeriod = {}): Ticket[] {
  const rows = prepared<[number, number], TicketRow>(db, SELECT).all(...periodMs(period));
  return rows.map(toTicket);
}

/** Number of tickets in the warehouse created in [from, to). */
export function countTickets(db: Warehouse, period: TicketPeriod = {}): number {
  const row = prepared<[number, number], { n: number }>(db, 'SELECT COUNT(*) AS n FROM tickets WHERE created_ms >= ? AND created_ms < ?').get(...periodMs(period));
  return row?.n ?? 0;
}

function toTicket(row: TicketRow): Ticket {
  // Built field by field so the JSON form keeps the schema's field order.
  return {
    id: row.id,
    created_at: row.created_at,
    updated_at: row.updated_at,
    first_reply_at: row.first_reply_at,
    first_reply_minutes: row.first_reply_minutes,
    first_reply_business_minutes: row.first_reply_business_minutes,
    solved_at: row.solved_at,
    first_resolution_minutes: row.first_resolution_minutes,
    first_resolution_business_minutes: row.first_resolution_business_minutes,
    full_resolution_minutes: row.full_resolution_minutes,
    full_resolution_business_minutes: row.full_resolution_business_minutes,
    requester_wait_minutes: row.requester_wait_minutes,
    requester_wait_business_minutes: row.requester_wait_business_minutes,
    status: row.status,
    priority: row.priority,
    channel: row.channel,
    subject: row.subject,
    description: row.description,
    tags: JSON.parse(row.tags) as string[],
    category: row.category,
    requester_id: row.requester_id,
    requester_email: row.requester_email,
    organization: row.organization,
    plan: row.plan,
    satisfaction: parseSatisfaction(row.satisfaction),
    satisfaction_offered: row.satisfaction_offered === null ? null : row.satisfaction_offered === 1,
    reopens: row.reopens,
    replies: row.replies,
    article: row.article,
    session: row.session,
  };
}

function parseSatisfaction(value: string | null): Ticket['satisfaction'] {
  if (value === null) return null;
  if (value === 'good' || value === 'bad') return value;
  return Number(value);
}

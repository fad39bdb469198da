/**
 * The row shape of the raw `events` table. These column names are a
 * contract: `GET /api/export` writes them as NDJSON and `kb analytics pull`
 * reads them with `listEvents`.
 */
import type { EventType } from '../events/event-schema.ts';

/** One stored event; `null` where a field does not apply to its type. */
export interface StoredEvent {
  id: number;
  type: EventType;
  session: string;
  /** The daily salted visitor hash (never an IP address or user agent). */
  visitor: string;
  /** Client time, ms since the epoch. */
  ts: number;
  /** Server time the event arrived, ms since the epoch. */
  received_at: number;
  article: string | null;
  vote: 'up' | 'down' | null;
  reason: string | null;
  comment: string | null;
  query: string | null;
  results: number | null;
  position: number | null;
  /** Votes only: the daily key of (address, article) that keeps one vote per address, article and day (see `vote-key.ts`). */
  vote_key: string | null;
  /** The locale of the page that sent it (ISO 639-1, one of the config's); null where the page sent none (the default locale). */
  locale: string | null;
}

/**
 * An event ready to be stored: everything but the id the database assigns,
 * plus the client's `event_id` (not exported), by which a batch sent twice
 * is stored once. Absent or null for events that carry none.
 */
export type EventRow = Omit<StoredEvent, 'id'> & { event_id?: string | null };

/** The stored columns in table order, for SELECT lists and NDJSON. */
export const eventColumns = ['id', 'type', 'session', 'visitor', 'ts', 'received_at', 'article', 'vote', 'reason', 'comment', 'query', 'results', 'position', 'vote_key', 'locale'] as const;

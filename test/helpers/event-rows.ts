/**
 * Analytics event rows for tests, in the `events` table shape that the
 * analytics database, `GET /api/export` and the warehouse share: a field an
 * event type does not use is null.
 */
import type { EventRow } from '../../analytics-api/db/event-row.ts';

/** A `view` event received at `receivedAt` (client time the same), with `overrides` on top. */
export function viewRow(receivedAt: number, overrides: Partial<EventRow> = {}): EventRow {
  return {
    type: 'view',
    session: 'session-row-0001',
    visitor: 'visitor-hash-000000000',
    ts: receivedAt,
    received_at: receivedAt,
    article: 'reset-your-password',
    vote: null,
    reason: null,
    comment: null,
    query: null,
    results: null,
    position: null,
    vote_key: null,
    locale: null,
    ...overrides,
  };
}

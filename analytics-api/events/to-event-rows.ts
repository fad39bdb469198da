/**
 * Turns validated events into rows: adds the visitor hash and server time,
 * and scrubs personal data from the free-text fields.
 */
import type { EventRow } from '../db/event-row.ts';
import { scrubPersonalData } from '../../plugins/text/scrub-personal-data.ts';
import type { AnalyticsEvent } from './event-schema.ts';

export function toEventRows(events: readonly AnalyticsEvent[], visitor: string, receivedAt: number): EventRow[] {
  return events.map((event) => ({
    type: event.type,
    session: event.session,
    visitor,
    ts: event.ts,
    received_at: receivedAt,
    article: 'article' in event ? (event.article ?? null) : null,
    vote: event.type === 'vote' ? event.vote : null,
    reason: event.type === 'vote' ? (event.reason ?? null) : null,
    comment: event.type === 'vote' && event.comment !== undefined ? cleanText(event.comment) : null,
    query: 'query' in event ? cleanText(event.query) : null,
    results: event.type === 'search' ? event.results : null,
    position: event.type === 'search_click' ? event.position : null,
  }));
}

function cleanText(text: string): string {
  return scrubPersonalData(text.trim());
}

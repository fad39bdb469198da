/**
 * Splits queued events into request bodies the API accepts: at most
 * MAX_EVENTS_PER_BATCH events and MAX_BODY_BYTES bytes each.
 */
import { MAX_BODY_BYTES, MAX_EVENTS_PER_BATCH } from '../../../analytics-api/events/event-limits.ts';
import type { AnalyticsEvent } from './tracker-event.ts';

const encoder = new TextEncoder();

export function encodeBatches(events: readonly AnalyticsEvent[]): string[] {
  const bodies: string[] = [];
  let parts: string[] = [];
  let bytes = 2; // "[" and "]"
  for (const event of events) {
    const part = JSON.stringify(event);
    const size = encoder.encode(part).length + 1; // and its ","
    // An event too big for any request on its own would fail the whole batch: skip it.
    if (size + 2 > MAX_BODY_BYTES) continue;
    if (parts.length === MAX_EVENTS_PER_BATCH || bytes + size > MAX_BODY_BYTES) {
      bodies.push(`[${parts.join(',')}]`);
      parts = [];
      bytes = 2;
    }
    parts.push(part);
    bytes += size;
  }
  if (parts.length > 0) bodies.push(`[${parts.join(',')}]`);
  return bodies;
}

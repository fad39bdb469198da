/**
 * Delivers events without ever surfacing a failure: `sendBeacon` first (it
 * survives the page being closed), `fetch` with `keepalive` when the beacon
 * queue refuses. Bodies go as `text/plain`, a CORS-safelisted type, so a
 * cross-origin API needs no preflight.
 */
import { encodeBatches } from './encode-batches.ts';
import type { AnalyticsEvent } from './tracker-event.ts';

export function sendBatch(endpoint: string, events: readonly AnalyticsEvent[]): void {
  for (const body of encodeBatches(events)) {
    try {
      if (navigator.sendBeacon?.(endpoint, body)) continue;
    } catch {
      // A beacon can throw on a bad URL or a blocked scheme; try fetch instead.
    }
    try {
      fetch(endpoint, {
        method: 'POST',
        body,
        keepalive: true,
        credentials: 'omit',
        headers: { 'content-type': 'text/plain' },
      }).catch(ignore);
    } catch {
      // Analytics must never break the page, even with fetch missing or blocked.
    }
  }
}

function ignore(): void {}

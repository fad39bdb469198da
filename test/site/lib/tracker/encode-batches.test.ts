import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../../../analytics-api/events/event-limits.ts';
import { encodeBatches } from '../../../../site/lib/tracker/encode-batches.ts';
import type { AnalyticsEvent } from '../../../../site/lib/tracker/tracker-event.ts';

const view = (i: number): AnalyticsEvent => ({ type: 'view', session: 'session-0000', ts: 1, article: `article-${i}` });

describe('encodeBatches', () => {
  it('splits at 50 events', () => {
    const bodies = encodeBatches(Array.from({ length: 101 }, (_, i) => view(i)));
    expect(bodies.map((body) => (JSON.parse(body) as unknown[]).length)).toEqual([50, 50, 1]);
  });

  it('splits by encoded size, counting multi-byte characters', () => {
    const comment = 'ü'.repeat(450); // 900 bytes in UTF-8
    const events = Array.from({ length: 40 }, (): AnalyticsEvent => ({ type: 'vote', session: 'session-0000', ts: 1, article: 'a', vote: 'down', comment }));
    const bodies = encodeBatches(events);
    expect(bodies.length).toBeGreaterThan(1);
    for (const body of bodies) expect(new TextEncoder().encode(body).length).toBeLessThanOrEqual(MAX_BODY_BYTES);
    expect(bodies.flatMap((body) => JSON.parse(body) as unknown[])).toHaveLength(40);
  });

  it('returns nothing for nothing', () => {
    expect(encodeBatches([])).toEqual([]);
  });
});

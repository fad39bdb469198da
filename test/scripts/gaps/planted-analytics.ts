/**
 * Turns the planted analytics spec (test/fixtures/gaps/analytics.json) into
 * warehouse events: views, votes and searches spread over the period.
 */
import { readFileSync } from 'node:fs';
import type { EventRow } from '../../../analytics-api/db/event-row.ts';
import type { WarehouseEvent } from '../../../scripts/warehouse/warehouse-event.ts';
import { viewRow } from '../../helpers/event-rows.ts';

interface Spec {
  period: { from: string; to: string };
  views: Record<string, number>;
  votes: Record<string, { up: number; down: number }>;
  zero_result_searches: Record<string, number>;
  searches_with_results: Record<string, number>;
}

export const analyticsSpecFile = new URL('../../fixtures/gaps/analytics.json', import.meta.url);

export function readAnalyticsSpec(): Spec {
  return JSON.parse(readFileSync(analyticsSpecFile, 'utf8')) as Spec;
}

/** Events for the spec, ids from 1, timestamps spread evenly over the period. */
export function plantedEvents(spec: Spec = readAnalyticsSpec()): WarehouseEvent[] {
  const from = Date.parse(`${spec.period.from}T00:00:00Z`);
  const span = Date.parse(`${spec.period.to}T23:59:59Z`) - from;
  const events: WarehouseEvent[] = [];
  let id = 0;
  const add = (count: number, make: (n: number) => Partial<EventRow>) => {
    for (let n = 0; n < count; n++) {
      id++;
      const ts = from + Math.floor(((n + 0.5) / count) * span);
      events.push({ id, ...viewRow(ts, { session: `s${String(id).padStart(8, '0')}`, visitor: `v${id % 97}`, received_at: ts + 50, article: null, ...make(n) }) });
    }
  };
  for (const [article, count] of Object.entries(spec.views)) add(count, () => ({ type: 'view', article }));
  for (const [article, votes] of Object.entries(spec.votes)) {
    add(votes.up, () => ({ type: 'vote', article, vote: 'up' }));
    add(votes.down, (n) => ({ type: 'vote', article, vote: 'down', reason: n % 2 ? 'unclear' : 'incomplete', comment: n % 3 === 0 ? `Step ${n + 1} does not match what I see` : null }));
  }
  for (const [query, count] of Object.entries(spec.zero_result_searches)) add(count, () => ({ type: 'search', query, results: 0 }));
  for (const [query, count] of Object.entries(spec.searches_with_results)) add(count, () => ({ type: 'search', query, results: 4 }));
  return events;
}

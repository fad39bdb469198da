import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pruneEvents, retentionCutoff } from '../../../analytics-api/db/prune-events.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

const NOW = Date.parse('2025-11-20T12:00:00Z');
const RANGE = '?from=2025-11-20&to=2025-11-20';

let t: TestApp;

/**
 * A day of traffic whose numbers are worked out by hand in the assertions:
 * - s1 views A and B, never opens contact → self-served
 * - s2 views A, opens contact, searches and clicks a suggestion → deflected at contact
 * - s3 views B, opens contact, submits → contacted
 * - s4 only opens contact → abandoned contact
 * - s5, s7, s8 only search "refund" (zero results) → not counted in deflection
 * - s6 opens contact, then views A, clicks nothing → abandoned contact (contact came before the view)
 * s1 and s6 come from the same browser (same address and user agent): one visitor.
 */
async function seed(app: TestApp): Promise<void> {
  const at = (offset: number) => NOW - 60_000 + offset;
  const send = (ip: string, events: object[]) => app.post(events, { ip });
  await send('203.0.113.1', [
    { type: 'view', session: 'session-s1', ts: at(0), article: 'article-a' },
    { type: 'view', session: 'session-s1', ts: at(1), article: 'article-b' },
    { type: 'vote', session: 'session-s1', ts: at(2), article: 'article-a', vote: 'up' },
  ]);
  await send('203.0.113.2', [
    { type: 'view', session: 'session-s2', ts: at(0), article: 'article-a' },
    { type: 'vote', session: 'session-s2', ts: at(1), article: 'article-a', vote: 'up' },
    { type: 'vote', session: 'session-s2', ts: at(2), article: 'article-a', vote: 'down', reason: 'incomplete' },
    { type: 'contact_open', session: 'session-s2', ts: at(3), article: 'article-a' },
    { type: 'search', session: 'session-s2', ts: at(4), query: 'Password reset', results: 3 },
    { type: 'search_click', session: 'session-s2', ts: at(5), query: 'password reset', article: 'reset-your-password', position: 1 },
  ]);
  await send('203.0.113.3', [
    { type: 'view', session: 'session-s3', ts: at(0), article: 'article-b' },
    { type: 'contact_open', session: 'session-s3', ts: at(1), article: 'article-b' },
    { type: 'contact_submit', session: 'session-s3', ts: at(2), article: 'article-b' },
  ]);
  await send('203.0.113.4', [{ type: 'contact_open', session: 'session-s4', ts: at(0) }]);
  await send('203.0.113.5', [{ type: 'search', session: 'session-s5', ts: at(0), query: 'refund', results: 0 }]);
  await send('203.0.113.1', [
    { type: 'contact_open', session: 'session-s6', ts: at(0) },
    { type: 'view', session: 'session-s6', ts: at(1), article: 'article-a' },
  ]);
  await send('203.0.113.7', [{ type: 'search', session: 'session-s7', ts: at(0), query: 'refund', results: 0 }]);
  await send('203.0.113.8', [{ type: 'search', session: 'session-s8', ts: at(0), query: 'REFUND', results: 0 }]);
}

const expectedArticles = {
  articles: [
    { article: 'article-a', views: 3, visitors: 2, votes_up: 1, votes_down: 1, helpful_share: 0.5, sessions: 3, contact_after_view: 1, deflected_sessions: 2, deflection_rate: 0.6667 },
    { article: 'article-b', views: 2, visitors: 2, votes_up: 0, votes_down: 0, helpful_share: null, sessions: 2, contact_after_view: 1, deflected_sessions: 1, deflection_rate: 0.5 },
  ],
};

const expectedSearches = {
  totals: { searches: 4, zero_result_searches: 3, zero_result_rate: 0.75, search_sessions: 4, clicked_sessions: 1, click_through_rate: 0.25, clicks: 1 },
  top_queries: [
    { query: 'refund', searches: 3, zero_result_searches: 3, sessions: 3, clicked_sessions: 0, click_through_rate: 0, clicks: 0 },
    { query: 'password reset', searches: 1, zero_result_searches: 0, sessions: 1, clicked_sessions: 1, click_through_rate: 1, clicks: 1 },
  ],
  zero_result_queries: [{ query: 'refund', searches: 3 }],
};

const expectedDeflection = {
  sessions: 5,
  deflection: { count: 2, rate: 0.4 },
  self_served: { count: 1, rate: 0.2 },
  deflected_at_contact: { count: 1, rate: 0.2 },
  contacted: { count: 1, rate: 0.2 },
  abandoned_contact: { count: 2, rate: 0.4 },
  target: 0.4,
};

beforeEach(async () => {
  t = createTestApp({ now: NOW });
  await seed(t);
});
afterEach(() => t.close());

const json = async (response: Response) => {
  expect(response.status).toBe(200);
  return response.json();
};

describe('GET /api/stats/*', () => {
  it('reports per-article views, unique visitors, votes, contact after viewing and deflection', async () => {
    expect(await json(await t.get(`/api/stats/articles${RANGE}`))).toEqual({ from: '2025-11-20T00:00:00.000Z', to: '2025-11-21T00:00:00.000Z', locale: null, ...expectedArticles });
  });

  it('reports top queries, zero-result queries and click-through, grouping queries case-insensitively', async () => {
    expect(await json(await t.get(`/api/stats/searches${RANGE}`))).toMatchObject(expectedSearches);
  });

  it('caps the query lists with limit', async () => {
    const body = (await json(await t.get(`/api/stats/searches${RANGE}&limit=1`))) as { top_queries: unknown[] };
    expect(body.top_queries).toHaveLength(1);
  });

  it('reports each deflection outcome with its count and rate, and how it was measured', async () => {
    const body = (await json(await t.get(`/api/stats/deflection${RANGE}`))) as { measured_as: string };
    expect(body).toMatchObject(expectedDeflection);
    expect(body.measured_as).toContain('self_served = viewed an article and never opened contact');
  });

  it('defaults to the last 30 days and honours from/to', async () => {
    expect(((await json(await t.get('/api/stats/deflection'))) as { sessions: number }).sessions).toBe(5);
    expect(((await json(await t.get('/api/stats/deflection?from=2025-11-21'))) as { sessions: number }).sessions).toBe(0);
    expect(((await json(await t.get('/api/stats/deflection?to=2025-11-19'))) as { sessions: number }).sessions).toBe(0);
    expect(((await json(await t.get(`/api/stats/deflection?from=${NOW - 3_600_000}&to=2025-11-20T13:00:00Z`))) as { sessions: number }).sessions).toBe(5);
  });

  it('gives the same numbers after the raw events are rolled up by retention, without the words of queries one visitor typed', async () => {
    // Fourteen months later the day is past the 13-month retention.
    t.clock.now = Date.parse('2027-01-20T12:00:00Z');
    const result = pruneEvents(t.db, retentionCutoff(t.clock.now, 13));
    expect(result).toMatchObject({ days: 1, events: 17 });
    expect(t.events()).toHaveLength(0);
    expect(await json(await t.get(`/api/stats/articles${RANGE}`))).toMatchObject(expectedArticles);
    const searches = await json(await t.get(`/api/stats/searches${RANGE}`));
    // "password reset" came from one visitor: its counts stay in the totals, its words are gone.
    expect(searches).toMatchObject({ totals: expectedSearches.totals, top_queries: [expectedSearches.top_queries[0]], zero_result_queries: expectedSearches.zero_result_queries });
    expect(t.db.prepare('SELECT query FROM daily_search_stats ORDER BY query').pluck().all()).toEqual(['', 'refund']);
    expect(await json(await t.get(`/api/stats/deflection${RANGE}`))).toMatchObject(expectedDeflection);
  });

  it('needs the token: 401 without, 403 when wrong or when the server has none', async () => {
    for (const endpoint of ['articles', 'searches', 'deflection', 'dropped']) {
      expect((await t.get(`/api/stats/${endpoint}`, { token: null })).status).toBe(401);
      expect((await t.get(`/api/stats/${endpoint}`, { token: 'not-the-token-at-all' })).status).toBe(403);
    }
    const closed = createTestApp({ settings: { token: undefined } });
    try {
      const response = await closed.get('/api/stats/articles', { token: 'any-token-0123456789' });
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('read_api_disabled');
    } finally {
      closed.close();
    }
  });
});

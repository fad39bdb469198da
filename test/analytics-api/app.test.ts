import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, sampleEvents, TOKEN, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
beforeEach(() => {
  t = createTestApp();
});
afterEach(() => t.close());

interface Hostile {
  name: string;
  status: number;
  code: string;
  send: (t: TestApp) => Promise<Response> | Response;
}

const now = Date.parse('2025-11-20T12:00:00Z');
const ok = sampleEvents(now);
const post = (body: unknown, headers: Record<string, string> = {}) => (app: TestApp) => app.post(body, { headers });
const withView = (extra: Record<string, unknown>) => [{ ...ok.view, ...extra }];
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

const hostile: Hostile[] = [
  { name: 'truncated JSON', status: 400, code: 'invalid_json', send: post('[{"type":"view",') },
  { name: 'empty body', status: 400, code: 'invalid_json', send: post('') },
  { name: 'not JSON at all', status: 400, code: 'invalid_json', send: post('type=view&article=x') },
  { name: 'JSON object instead of array', status: 400, code: 'invalid_events', send: post(ok.view) },
  { name: 'JSON string', status: 400, code: 'invalid_events', send: post('"hello"') },
  { name: 'JSON null', status: 400, code: 'invalid_events', send: post('null') },
  { name: 'empty array', status: 400, code: 'invalid_events', send: post([]) },
  { name: '51 events', status: 400, code: 'invalid_events', send: post(Array.from({ length: 51 }, () => ok.view)) },
  { name: 'unknown type', status: 400, code: 'invalid_events', send: post(withView({ type: 'purchase' })) },
  { name: 'missing type', status: 400, code: 'invalid_events', send: post([{ session: ok.view.session, ts: now, article: 'a' }]) },
  { name: 'ts as a string', status: 400, code: 'invalid_events', send: post(withView({ ts: String(now) })) },
  { name: 'fractional ts', status: 400, code: 'invalid_events', send: post(withView({ ts: now + 0.5 })) },
  { name: 'negative ts', status: 400, code: 'invalid_events', send: post(withView({ ts: -1 })) },
  { name: 'ts two days ahead', status: 400, code: 'invalid_events', send: post(withView({ ts: now + 2 * 86_400_000 })) },
  { name: 'ts a year ago', status: 400, code: 'invalid_events', send: post(withView({ ts: now - 365 * 86_400_000 })) },
  { name: 'ts at the largest safe integer', status: 400, code: 'invalid_events', send: post(withView({ ts: Number.MAX_SAFE_INTEGER })) },
  { name: 'ts overflowing to Infinity', status: 400, code: 'invalid_events', send: post(`[{"type":"view","session":"session-aaaa1111","ts":1e999,"article":"a"}]`) },
  { name: 'session too short', status: 400, code: 'invalid_events', send: post(withView({ session: 'abc' })) },
  { name: 'SQL in session', status: 400, code: 'invalid_events', send: post(withView({ session: "x'; DROP TABLE events; --" })) },
  { name: 'SQL in article slug', status: 400, code: 'invalid_events', send: post(withView({ article: "a' OR '1'='1" })) },
  { name: 'path traversal as article', status: 400, code: 'invalid_events', send: post(withView({ article: '../../etc/passwd' })) },
  { name: 'SQL in vote value', status: 400, code: 'invalid_events', send: post([{ ...ok.vote, vote: "up'); DELETE FROM events; --" }]) },
  { name: 'vote reason not on the list', status: 400, code: 'invalid_events', send: post([{ ...ok.vote, reason: 'hate-it' }]) },
  { name: 'comment of 501 characters', status: 400, code: 'invalid_events', send: post([{ ...ok.vote, comment: 'x'.repeat(501) }]) },
  { name: 'query of 201 characters', status: 400, code: 'invalid_events', send: post([{ ...ok.search, query: 'q'.repeat(201) }]) },
  { name: 'huge unicode query (201 emoji)', status: 400, code: 'invalid_events', send: post([{ ...ok.search, query: '😀'.repeat(201) }]) },
  { name: 'combining-mark flood in a comment', status: 400, code: 'invalid_events', send: post([{ ...ok.vote, comment: `Z${'\u0301'.repeat(600)}` }]) },
  { name: 'lone surrogate in comment', status: 400, code: 'invalid_events', send: post(`[{"type":"vote","session":"session-aaaa1111","ts":${now},"article":"a","vote":"up","comment":"bad \\ud800 text"}]`) },
  { name: 'NUL byte in query', status: 400, code: 'invalid_events', send: post([{ ...ok.search, query: 'refund\u0000' }]) },
  { name: 'whitespace-only query', status: 400, code: 'invalid_events', send: post([{ ...ok.search, query: '   ' }]) },
  { name: 'unknown extra field', status: 400, code: 'invalid_events', send: post(withView({ ip: '1.2.3.4' })) },
  { name: '__proto__ key', status: 400, code: 'invalid_events', send: post(`[{"type":"view","session":"session-aaaa1111","ts":${now},"article":"a","__proto__":{"admin":true}}]`) },
  { name: 'negative result count', status: 400, code: 'invalid_events', send: post([{ ...ok.search, results: -1 }]) },
  { name: 'click position 0', status: 400, code: 'invalid_events', send: post([{ ...ok.search_click, position: 0 }]) },
  { name: 'one bad event among good ones', status: 400, code: 'invalid_events', send: post([ok.view, ok.search, { ...ok.view, article: 'Not A Slug' }]) },
  { name: 'deeply nested arrays', status: 400, code: 'invalid_events', send: post(nested(5000)) },
  { name: 'body over 16 KB (Content-Length)', status: 413, code: 'payload_too_large', send: post(JSON.stringify([{ ...ok.search, query: 'x'.repeat(17_000) }])) },
  {
    name: 'body over 16 KB (chunked, no Content-Length)',
    status: 413,
    code: 'payload_too_large',
    send: (app) => {
      const chunk = new TextEncoder().encode('['.padEnd(4096, ' '));
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ < 6) controller.enqueue(chunk);
          else controller.close();
        },
      });
      return app.app.request(
        '/api/events',
        { method: 'POST', body, duplex: 'half', headers: { 'content-type': 'text/plain', 'user-agent': 'Mozilla/5.0 Chrome/141.0' } } as RequestInit,
        { incoming: { socket: { remoteAddress: '198.51.100.23' } } },
      );
    },
  },
  { name: 'form-encoded body', status: 415, code: 'unsupported_media_type', send: post([ok.view], { 'content-type': 'application/x-www-form-urlencoded' }) },
  { name: 'multipart body', status: 415, code: 'unsupported_media_type', send: post([ok.view], { 'content-type': 'multipart/form-data; boundary=x' }) },
  { name: 'origin not allowed', status: 403, code: 'origin_not_allowed', send: post([ok.view], { origin: 'https://evil.example' }) },
  { name: 'origin "null" (sandboxed frame)', status: 403, code: 'origin_not_allowed', send: post([ok.view], { origin: 'null' }) },
  { name: 'GET on the events endpoint', status: 405, code: 'method_not_allowed', send: (app) => app.app.request('/api/events') },
  { name: 'PUT on the events endpoint', status: 405, code: 'method_not_allowed', send: (app) => app.app.request('/api/events', { method: 'PUT', body: '[]' }) },
  { name: 'stats without a token', status: 401, code: 'unauthorized', send: (app) => app.get('/api/stats/articles', { token: null }) },
  { name: 'stats with a wrong token', status: 403, code: 'forbidden', send: (app) => app.get('/api/stats/searches', { token: 'wrong-token-0123456789' }) },
  { name: 'token sent as Basic auth', status: 401, code: 'unauthorized', send: (app) => app.get('/api/stats/deflection', { token: null, headers: { authorization: `Basic ${TOKEN}` } }) },
  { name: 'export with a wrong token', status: 403, code: 'forbidden', send: (app) => app.get('/api/export', { token: `${TOKEN}x` }) },
  { name: 'stats from a foreign origin', status: 403, code: 'origin_not_allowed', send: (app) => app.get('/api/stats/articles', { headers: { origin: 'https://evil.example' } }) },
  { name: 'stats with a bad date', status: 400, code: 'invalid_query', send: (app) => app.get('/api/stats/articles?from=yesterday') },
  { name: 'stats with from after to', status: 400, code: 'invalid_query', send: (app) => app.get('/api/stats/articles?from=2025-11-10&to=2025-11-01') },
  { name: 'stats with an unknown parameter', status: 400, code: 'invalid_query', send: (app) => app.get('/api/stats/searches?order=desc') },
  { name: 'stats with a repeated parameter', status: 400, code: 'invalid_query', send: (app) => app.get('/api/stats/searches?limit=5&limit=6') },
  { name: 'stats with limit 0', status: 400, code: 'invalid_query', send: (app) => app.get('/api/stats/searches?limit=0') },
  { name: 'malformed percent-encoding', status: 400, code: 'invalid_query', send: (app) => app.get('/api/stats/articles?from=%E0%A4%A') },
  { name: 'export with since=garbage', status: 400, code: 'invalid_query', send: (app) => app.get("/api/export?since=1%20OR%201%3D1") },
  { name: 'unknown endpoint', status: 404, code: 'not_found', send: (app) => app.app.request('/api/nothing-here') },
];

describe('hostile requests', () => {
  it('lists at least 30 cases', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(30);
  });

  it.each(hostile)('$name → $status $code, nothing stored', async ({ status, code, send }) => {
    const response = await send(t);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body).toEqual({ error: { code, message: expect.any(String) } });
    expect(body.error.message.length).toBeGreaterThan(10);
    // No stack trace or internals in front of a client.
    expect(body.error.message).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
    // Let any group commit that might have been queued run before counting rows.
    await new Promise((resolve) => setImmediate(resolve));
    expect(t.events()).toHaveLength(0);
  });

  it('says where a validation problem is', async () => {
    const response = await t.post([ok.view, { ...ok.search, query: 'q'.repeat(201) }]);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toContain('events[1].query');
    expect(body.error.message).toContain('200');
  });
});

describe('the app', () => {
  it('accepts a batch of every event type and answers 202 with the count', async () => {
    const response = await t.post(Object.values(sampleEvents(now)));
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ accepted: 6 });
    expect(t.events().map((event) => event.type)).toEqual(['view', 'vote', 'search', 'search_click', 'contact_open', 'contact_submit']);
  });

  it('sends CORS headers to configured origins only, without credentials', async () => {
    const allowed = await t.app.request('/api/events', {
      method: 'OPTIONS',
      headers: { origin: 'https://cdn.test.example', 'access-control-request-method': 'POST' },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://cdn.test.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();

    const posted = await t.post([ok.view], { headers: { origin: 'https://cdn.test.example' } });
    expect(posted.status).toBe(202);
    expect(posted.headers.get('access-control-allow-origin')).toBe('https://cdn.test.example');

    const refused = await t.app.request('/api/events', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows a page served by the same host without configuration', async () => {
    const response = await t.post([ok.view], { headers: { origin: 'http://localhost:4321', host: 'localhost:4321' } });
    expect(response.status).toBe(202);
  });

  it('sets no cookies on any answer', async () => {
    const answers = [await t.post([ok.view]), await t.get('/api/stats/articles'), await t.app.request('/api/health'), await t.post('bad')];
    for (const answer of answers) expect(answer.headers.get('set-cookie')).toBeNull();
  });

  it('answers the health check', async () => {
    const response = await t.app.request('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

/**
 * Hostile and malformed requests to the API, each with the 4xx it must get
 * and the promise that nothing is stored. The contract tests send them to
 * both engines.
 */
import type { TestApp } from './test-app.ts';
import { sampleEvents, TOKEN } from './test-app.ts';

/** What a case needs of an app: its requesters and the Hono app itself. */
export type Requests = Pick<TestApp, 'post' | 'get' | 'app'>;

export interface Hostile {
  name: string;
  status: number;
  code: string;
  send: (t: Requests) => Promise<Response> | Response;
}

export const now = Date.parse('2025-11-20T12:00:00Z');
const ok = sampleEvents(now);
const post = (body: unknown, headers: Record<string, string> = {}) => (app: Requests) => app.post(body, { headers });
const withView = (extra: Record<string, unknown>) => [{ ...ok.view, ...extra }];
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** The cases, at the fixed time `now` of the test apps. */
export const hostile: Hostile[] = [
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


/**
 * Local stand-ins for the helpdesk APIs, on 127.0.0.1, speaking the
 * documented request and response shapes (`test/fixtures/helpdesk-api/`):
 * Zendesk (Tickets and Requests APIs with basic auth and the
 * `Idempotency-Key` the Tickets API honours; the cursor-based incremental
 * export), Freshdesk (ticket create with API-key auth; the ticket list by
 * `updated_since` with `Link` pagination) and Help Scout (OAuth2 client
 * credentials; conversation create answering `Resource-ID`; the
 * conversation list with `page.totalPages`). Each route can be scripted to
 * fail first: a status (with headers), `'hang'` or `'close'`.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeReply = number | { status: number; headers?: Record<string, string>; body?: unknown } | 'hang' | 'close';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/helpdesk-api/${name}`, import.meta.url), 'utf8'));
const tickets = (name: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/tickets/${name}`, import.meta.url), 'utf8'));

export const ZENDESK = { email: 'agent@tidyshift.example', token: 'zd-token-0123456789' };
export const FRESHDESK = { apiKey: 'fd-key-0123456789' };
export const HELPSCOUT = { appId: 'hs-app-id', appSecret: 'hs-app-secret' };

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface FakeHelpdesk {
  url: string;
  requests: FakeRequest[];
  /** Tickets or conversations created, in order. */
  created: Array<{ id: number; key: string | undefined; body: unknown }>;
  /** Scripts the next answers of a route (`POST /api/v2/tickets`, `GET /api/v2/incremental/tickets/cursor.json`, …). */
  fail(route: string, replies: FakeReply[]): void;
  /** Help Scout: the tokens issued so far stop working (as when one expires early). */
  expireTokens(): void;
  close(): Promise<void>;
}

type Handler = (request: FakeRequest, state: State) => { status: number; headers?: Record<string, string>; body?: unknown };

interface State {
  nextId: number;
  created: FakeHelpdesk['created'];
  byKey: Map<string, { id: number; body: string }>;
  tokens: Set<string>;
}

function basic(request: FakeRequest): string {
  const header = String(request.headers.authorization ?? '');
  return header.startsWith('Basic ') ? Buffer.from(header.slice(6), 'base64').toString('utf8') : '';
}

const zendesk: Record<string, Handler> = {
  'POST /api/v2/tickets': (request, state) => {
    if (basic(request) !== `${ZENDESK.email}/token:${ZENDESK.token}`) return { status: 401, body: { error: "Couldn't authenticate you" } };
    const key = request.headers['idempotency-key'] as string | undefined;
    const seen = key ? state.byKey.get(key) : undefined;
    if (seen) {
      // The documented behaviour: the same key with the same body returns the first result; another body is an error.
      if (seen.body !== request.body) return { status: 400, body: { error: 'IdempotentRequestError', description: 'Request parameters do not match a previous request with the same idempotency key' } };
      return { status: 201, headers: { 'x-idempotency-lookup': 'hit' }, body: ticketBody(seen.id, request.body) };
    }
    const id = state.nextId++;
    if (key) state.byKey.set(key, { id, body: request.body });
    state.created.push({ id, key, body: JSON.parse(request.body) });
    return { status: 201, headers: { 'x-idempotency-lookup': 'miss' }, body: ticketBody(id, request.body) };
  },
  'POST /api/v2/requests': (request, state) => {
    const id = state.nextId++;
    state.created.push({ id, key: request.headers['idempotency-key'] as string | undefined, body: JSON.parse(request.body) });
    const example = fixture('zendesk-request-created.json') as { request: Record<string, unknown> };
    return { status: 201, body: { request: { ...example.request, id } } };
  },
  'GET /api/v2/incremental/tickets/cursor.json': (request) => {
    if (basic(request) !== `${ZENDESK.email}/token:${ZENDESK.token}`) return { status: 401, body: { error: "Couldn't authenticate you" } };
    const page1 = fixture('zendesk-incremental-page-1.json') as { after_cursor: string };
    const page2 = fixture('zendesk-incremental-page-2.json') as { after_cursor: string };
    const cursor = request.query.get('cursor');
    const headers = { 'x-rate-limit': '10', 'x-rate-limit-remaining': '9' };
    if (cursor === null) return { status: 200, headers, body: page1 };
    if (cursor === page1.after_cursor) return { status: 200, headers, body: page2 };
    return { status: 200, headers, body: { tickets: [], metric_sets: [], after_cursor: cursor, after_url: null, before_cursor: null, before_url: null, end_of_stream: true } };
  },
};

function ticketBody(id: number, sent: string): unknown {
  const example = fixture('zendesk-ticket-created.json') as { ticket: Record<string, unknown> };
  const ticket = (JSON.parse(sent) as { ticket: { subject: string; priority: string; tags: string[] } }).ticket;
  return { ticket: { ...example.ticket, id, url: `https://example.zendesk.com/api/v2/tickets/${id}.json`, subject: ticket.subject, priority: ticket.priority, tags: ticket.tags } };
}

const freshdesk: Record<string, Handler> = {
  'POST /api/v2/tickets': (request, state) => {
    if (basic(request) !== `${FRESHDESK.apiKey}:X`) return { status: 401, body: { code: 'invalid_credentials', message: 'You have to be logged in to perform this action.' } };
    const sent = JSON.parse(request.body) as { email?: string; subject?: string };
    if (!sent.email?.includes('@')) return { status: 400, body: fixture('freshdesk-error-validation.json') };
    const id = state.nextId++;
    state.created.push({ id, key: request.headers['idempotency-key'] as string | undefined, body: sent });
    return { status: 201, headers: { 'x-ratelimit-total': '200', 'x-ratelimit-remaining': '199' }, body: { ...(fixture('freshdesk-ticket-created.json') as object), id, subject: sent.subject } };
  },
  'GET /api/v2/tickets': (request) => {
    if (basic(request) !== `${FRESHDESK.apiKey}:X`) return { status: 401, body: { code: 'invalid_credentials', message: 'You have to be logged in to perform this action.' } };
    const all = (tickets('freshdesk-tickets.json') as Array<Record<string, unknown>>).map((t, i) => ({ ...t, updated_at: t.updated_at ?? `2026-03-0${5 + i}T10:00:00Z` }));
    const since = Date.parse(request.query.get('updated_since') ?? '1970-01-01T00:00:00Z');
    const list = all.filter((t) => Date.parse(String(t.updated_at)) >= since).sort((a, b) => Date.parse(String(a.updated_at)) - Date.parse(String(b.updated_at)));
    const page = Number(request.query.get('page') ?? '1');
    const perPage = 2;
    const items = list.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = { 'x-ratelimit-total': '200', 'x-ratelimit-remaining': '198' };
    if (page * perPage < list.length) {
      const next = new URLSearchParams(request.query);
      next.set('page', String(page + 1));
      headers.link = `<https://example.freshdesk.com/api/v2/tickets?${next}>; rel="next"`;
    }
    return { status: 200, headers, body: items };
  },
};

const helpscout: Record<string, Handler> = {
  'POST /v2/oauth2/token': (request, state) => {
    const sent = JSON.parse(request.body || '{}') as Record<string, string>;
    if (sent.grant_type !== 'client_credentials' || sent.client_id !== HELPSCOUT.appId || sent.client_secret !== HELPSCOUT.appSecret) {
      return { status: 401, body: { error: 'invalid_client', error_description: 'Bad client credentials' } };
    }
    const token = `token-${state.tokens.size + 1}-${Date.now()}`;
    state.tokens.add(token);
    return { status: 200, body: { ...(fixture('helpscout-token.json') as object), access_token: token } };
  },
  'POST /v2/conversations': (request, state) => {
    const bearer = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
    if (!state.tokens.has(bearer)) return { status: 401, body: { message: 'Unauthorized' } };
    const sent = JSON.parse(request.body) as { customer?: { email?: string }; threads?: unknown[]; type?: string; mailboxId?: number };
    if (!sent.customer?.email?.includes('@') || !sent.threads?.length || sent.type !== 'email' || typeof sent.mailboxId !== 'number') return { status: 400, body: fixture('helpscout-error.json') };
    const id = state.nextId++;
    state.created.push({ id, key: request.headers['idempotency-key'] as string | undefined, body: sent });
    return { status: 201, headers: { 'resource-id': String(id), location: `https://api.helpscout.net/v2/conversations/${id}` } };
  },
  'GET /v2/conversations': (request, state) => {
    const bearer = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
    if (!state.tokens.has(bearer)) return { status: 401, body: { message: 'Unauthorized' } };
    const all = ((tickets('helpscout-conversations.json') as { _embedded: { conversations: Array<Record<string, unknown>> } })._embedded.conversations).map((c, i) => ({ ...c, userUpdatedAt: c.userUpdatedAt ?? `2026-03-1${i}T10:00:00Z` }));
    const since = Date.parse(request.query.get('modifiedSince') ?? '1970-01-01T00:00:00Z');
    const list = all.filter((c) => Date.parse(String(c.userUpdatedAt)) >= since);
    const number = Number(request.query.get('page') ?? '1');
    const size = 2;
    return { status: 200, headers: { 'x-ratelimit-limit-minute': '200', 'x-ratelimit-remaining-minute': '199' }, body: { _embedded: { conversations: list.slice((number - 1) * size, number * size) }, page: { size, totalElements: list.length, totalPages: Math.max(1, Math.ceil(list.length / size)), number } } };
  },
};

const vendors = { zendesk, freshdesk, helpscout };

export async function startFakeHelpdesk(vendor: keyof typeof vendors): Promise<FakeHelpdesk> {
  const routes = vendors[vendor];
  const state: State = { nextId: 1001, created: [], byKey: new Map(), tokens: new Set() };
  const scripted = new Map<string, FakeReply[]>();
  const requests: FakeRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((incoming, response) => {
    let body = '';
    incoming.setEncoding('utf8');
    incoming.on('data', (chunk: string) => (body += chunk));
    incoming.on('end', () => {
      const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
      const path = url.pathname.replace(/\.json$/, '') === '/api/v2/incremental/tickets/cursor' ? url.pathname : url.pathname.replace(/\.json$/, '');
      const request: FakeRequest = { method: incoming.method ?? 'GET', path, query: url.searchParams, headers: incoming.headers, body };
      requests.push(request);
      const route = `${request.method} ${path}`;
      const reply = scripted.get(route)?.shift();
      if (reply === 'hang') return void hanging.add(response);
      if (reply === 'close') return void incoming.socket.destroy();
      const answer = reply !== undefined ? (typeof reply === 'number' ? { status: reply, body: { error: 'scripted failure' } } : reply) : (routes[route]?.(request, state) ?? { status: 404, body: { error: 'InvalidEndpoint' } });
      response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      response.end(answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    created: state.created,
    fail(route, replies) {
      scripted.set(route, [...replies]);
    },
    expireTokens() {
      state.tokens.clear();
    },
    async close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Abuse within the limits: a per-client daily event budget, made-up article
 * slugs stored as `unknown`, bodies that are not UTF-8, and invisible
 * characters (bidi overrides, zero-width characters outside emoji).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { articleListOf } from '../../../analytics-api/site/article-list.ts';
import { createTestApp, sampleEvents, type TestApp } from '../helpers/test-app.ts';

const NOW = Date.parse('2025-11-20T12:00:00Z');
let apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps) a.close();
  apps = [];
});
function app(options: Parameters<typeof createTestApp>[0] = {}): TestApp {
  const created = createTestApp({ now: NOW, ...options });
  apps.push(created);
  return created;
}
const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;

describe('the daily event budget', () => {
  it('refuses a client past events_per_day with 429 and Retry-After until 00:00 UTC, not its neighbours', async () => {
    const a = app({ settings: { eventsPerDay: 120 } });
    const batch = Array.from({ length: 50 }, (_, i) => ({ ...sampleEvents(NOW).view, session: `session-budget-${i}` }));
    expect((await a.post(batch)).status).toBe(202);
    expect((await a.post(batch)).status).toBe(202);
    const over = await a.post(batch);
    expect(over.status).toBe(429);
    // 12:00 UTC: twelve hours to the next UTC day.
    expect(over.headers.get('retry-after')).toBe(String(12 * 3600));
    expect(await errorOf(over)).toMatchObject({ code: 'daily_limit_reached' });
    // What still fits is accepted, another address has its own budget, and the next day starts again.
    expect((await a.post(batch.slice(0, 20))).status).toBe(202);
    expect((await a.post(batch.slice(0, 1))).status).toBe(429);
    expect((await a.post(batch, { ip: '198.51.100.99' })).status).toBe(202);
    a.clock.now = Date.parse('2025-11-21T00:00:01Z');
    expect((await a.post(batch.map((e) => ({ ...e, ts: a.clock.now })))).status).toBe(202);
    expect(a.events()).toHaveLength(50 + 50 + 20 + 50 + 50);
  });

  it('defaults to 5,000 events per client and day', async () => {
    const a = app();
    const batch = Array.from({ length: 50 }, (_, i) => ({ ...sampleEvents(NOW).view, session: `session-default-${i}` }));
    for (let i = 0; i < 100; i++) expect((await a.post(batch)).status).toBe(202);
    expect((await a.post(batch.slice(0, 1))).status).toBe(429);
  });
});

describe('article slugs the site does not have', () => {
  const articles = articleListOf({ articles: ['reset-your-password', 'download-invoices'], aliases: { 'old-invoices': 'download-invoices' } });

  it('are stored as unknown, without the slug, while the batch keeps its valid events', async () => {
    const a = app({ articles });
    const e = sampleEvents(NOW);
    const response = await a.post([
      e.view,
      { ...e.view, article: 'made-up-slug-0001' },
      { ...e.vote, article: 'another-made-up-slug', comment: 'spam spam spam' },
      { ...e.view, article: 'old-invoices' },
      { ...e.search_click, article: 'made-up-slug-0002' },
    ]);
    expect(await response.json()).toEqual({ accepted: 5 });
    expect(a.events().map((row) => [row.type, row.article, row.comment])).toEqual([
      ['view', 'reset-your-password', null],
      ['view', 'unknown', null],
      ['vote', 'unknown', null],
      ['view', 'download-invoices', null],
      ['search_click', 'unknown', null],
    ]);
    expect(JSON.stringify(a.events())).not.toContain('made-up');
  });

  it('are accepted as sent when the service has no article list', async () => {
    const a = app();
    await a.post([{ ...sampleEvents(NOW).view, article: 'any-slug-at-all' }]);
    expect(a.events()[0]?.article).toBe('any-slug-at-all');
  });
});

describe('text the API refuses', () => {
  it('refuses a body that is not UTF-8 with 400 invalid_encoding and stores nothing', async () => {
    const a = app();
    const json = JSON.stringify([{ ...sampleEvents(NOW).search, query: 'caf\u00e9' }]);
    const bytes = Buffer.from(json, 'utf8');
    // Replace the two bytes of "é" with a lone Latin-1 byte.
    const at = bytes.indexOf(Buffer.from('\u00e9', 'utf8'));
    const broken = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe9]), bytes.subarray(at + 2)]);
    const response = await a.app.request(
      '/api/events',
      { method: 'POST', body: broken, headers: { 'content-type': 'text/plain', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/141.0' } },
      { incoming: { socket: { remoteAddress: '198.51.100.23' } } },
    );
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ code: 'invalid_encoding' });
    expect(a.events()).toHaveLength(0);
  });

  it.each([
    ['a right-to-left override', 'refund\u202Etxt.exe'],
    ['a bidi isolate', 'refund \u2066hidden\u2069'],
    ['a zero-width space', 'ref\u200Bund'],
    ['a zero-width joiner between Latin letters', 'ref\u200Dund'],
    ['a word joiner', 'ref\u2060und'],
    ['a byte-order mark inside the text', 'ref\uFEFFund'],
  ])('refuses %s in a query or comment', async (_, text) => {
    const a = app();
    const e = sampleEvents(NOW);
    for (const batch of [[{ ...e.search, query: text }], [{ ...e.vote, comment: text }]]) {
      const response = await a.post(batch);
      expect(response.status).toBe(400);
      expect((await errorOf(response)).message).toMatch(/bidi overrides or zero-width characters \(U\+[0-9A-F]{4} at character \d+\)/);
    }
    expect(a.events()).toHaveLength(0);
  });

  it.each([
    ['a family emoji joined with ZWJ', 'thanks 👨‍👩‍👧 it worked'],
    ['a flag with ZWJ', 'love the 🏳️‍🌈 theme'],
    ['a Persian word with its zero-width non-joiner', 'می‌خواهم رمز را عوض کنم'],
    ['right-to-left marks', 'שלום\u200F עולם'],
  ])('accepts %s', async (_, text) => {
    const a = app();
    expect((await a.post([{ ...sampleEvents(NOW).search, query: text }])).status).toBe(202);
    expect(a.events()[0]?.query).toBe(text);
  });
});

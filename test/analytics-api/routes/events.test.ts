import { afterEach, describe, expect, it } from 'vitest';
import { BROWSER_UA, createTestApp, sampleEvents, type TestApp } from '../helpers/test-app.ts';

let t: TestApp | undefined;
afterEach(() => t?.close());

const NOW = Date.parse('2025-11-20T12:00:00Z');
const FIREFOX_UA = 'Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0';

function app(options: Parameters<typeof createTestApp>[0] = {}): TestApp {
  t = createTestApp({ now: NOW, ...options });
  return t;
}

describe('POST /api/events', () => {
  it('stores each field under its contract column, with the server time and a visitor hash', async () => {
    const a = app();
    const e = sampleEvents(NOW - 500);
    expect((await a.post([e.vote, e.search, e.search_click, e.contact_open, e.contact_submit])).status).toBe(202);
    const [vote, search, click, open, submit] = a.events();
    expect(vote).toMatchObject({ type: 'vote', session: e.vote.session, ts: NOW - 500, received_at: NOW, article: 'reset-your-password', vote: 'down', reason: 'unclear', comment: 'Step 3 is confusing', query: null, results: null, position: null });
    expect(search).toMatchObject({ type: 'search', query: 'refund', results: 0, article: null, vote: null, position: null });
    expect(click).toMatchObject({ type: 'search_click', query: 'invoice', article: 'download-invoices', position: 2, results: null });
    expect(open).toMatchObject({ type: 'contact_open', article: 'reset-your-password' });
    expect(submit).toMatchObject({ type: 'contact_submit', article: null });
    expect(vote?.visitor).toMatch(/^[\w-]{22}$/);
    expect(new Set(a.events().map((row) => row.visitor)).size).toBe(1);
  });

  it('accepts application/json and text/plain (what sendBeacon sends)', async () => {
    const a = app();
    const batch = [sampleEvents(NOW).view];
    expect((await a.post(batch, { headers: { 'content-type': 'application/json' } })).status).toBe(202);
    expect((await a.post(batch, { headers: { 'content-type': 'text/plain;charset=UTF-8' } })).status).toBe(202);
    expect(a.events()).toHaveLength(2);
  });

  it('answers only after the events are committed', async () => {
    const a = app();
    const response = await a.post([sampleEvents(NOW).view, sampleEvents(NOW).search]);
    expect(response.status).toBe(202);
    // Read through a second connection: only committed rows are visible there.
    const Database = (await import('better-sqlite3')).default;
    const reader = new Database(a.file, { readonly: true });
    expect(reader.prepare('SELECT COUNT(*) FROM events').pluck().get()).toBe(2);
    reader.close();
  });

  it('stores SQL-looking search text verbatim, as data', async () => {
    const a = app();
    const query = "refund'); DROP TABLE events; --";
    expect((await a.post([{ ...sampleEvents(NOW).search, query }])).status).toBe(202);
    expect(a.events()[0]?.query).toBe(query);
  });

  it('scrubs email addresses and phone numbers from queries and comments', async () => {
    const a = app();
    const e = sampleEvents(NOW);
    await a.post([
      { ...e.search, query: 'reset for jane.doe@example.com' },
      { ...e.search_click, query: 'call +1 (555) 123-4567' },
      { ...e.vote, comment: 'Email me at bob@example.org or 020 7946 0958, order 2025-01-31' },
    ]);
    const rows = a.events();
    expect(rows.map((row) => row.query ?? row.comment)).toEqual(['reset for [email]', 'call [phone]', 'Email me at [email] or [phone], order 2025-01-31']);
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain('example.com');
    expect(dump).not.toContain('7946');
  });

  it('keeps one vote per address, article and day; a changed vote replaces the old one', async () => {
    const a = app();
    const e = sampleEvents(NOW);
    await a.post([{ ...e.vote, vote: 'up', reason: undefined, comment: undefined }]);
    await a.post([{ ...e.vote, vote: 'down', reason: 'outdated', comment: 'Screens changed' }]);
    // Another article and another address are separate votes.
    await a.post([{ ...e.vote, article: 'download-invoices', vote: 'up', reason: undefined, comment: undefined }]);
    await a.post([{ ...e.vote, vote: 'up', reason: undefined, comment: undefined }], { ip: '203.0.113.77' });
    const votes = () => a.events().filter((row) => row.type === 'vote').map((row) => [row.article, row.vote, row.reason]);
    expect(votes()).toEqual([
      ['reset-your-password', 'down', 'outdated'],
      ['download-invoices', 'up', null],
      ['reset-your-password', 'up', null],
    ]);
    // Another browser from the same address is the same voter: its vote replaces the first one.
    await a.post([{ ...e.vote, vote: 'up', reason: undefined, comment: undefined }], { headers: { 'user-agent': FIREFOX_UA } });
    expect(votes()).toEqual([
      ['download-invoices', 'up', null],
      ['reset-your-password', 'up', null],
      ['reset-your-password', 'up', null],
    ]);

    // The next UTC day the same address may vote again.
    a.clock.now = NOW + 86_400_000;
    await a.post([{ ...e.vote, ts: a.clock.now, vote: 'up', reason: undefined, comment: undefined }]);
    expect(a.events().filter((row) => row.type === 'vote' && row.article === 'reset-your-password')).toHaveLength(3);
  });

  it('stores one vote for 30 votes from one address with 30 user agents, and still counts 30 visitors', async () => {
    const a = app();
    const e = sampleEvents(NOW);
    for (let i = 0; i < 30; i++) {
      const headers = { 'user-agent': `${BROWSER_UA} Build/${i}` };
      expect((await a.post([{ ...e.view, session: `session-ua-${i}` }, { ...e.vote, session: `session-ua-${i}`, comment: undefined }], { headers })).status).toBe(202);
    }
    expect(a.events().filter((row) => row.type === 'vote')).toHaveLength(1);
    const stats = (await (await a.get('/api/stats/articles')).json()) as { articles: Array<{ article: string; visitors: number; votes_down: number }> };
    expect(stats.articles.find((row) => row.article === 'reset-your-password')).toMatchObject({ visitors: 30, votes_down: 1 });
  });

  it('answers bots 202 with nothing accepted, stores nothing and counts them', async () => {
    const a = app();
    for (const ua of ['Googlebot/2.1 (+http://www.google.com/bot.html)', 'curl/8.5.0', '']) {
      const response = await a.post([sampleEvents(NOW).view, sampleEvents(NOW).search], { headers: { 'user-agent': ua } });
      expect(response.status).toBe(202);
      expect(await response.json()).toEqual({ accepted: 0 });
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(a.events()).toHaveLength(0);
    const dropped = await (await a.get('/api/stats/dropped?from=2025-11-20&to=2025-11-20')).json();
    expect(dropped).toMatchObject({ dropped: [{ reason: 'bot', requests: 3, events: 6 }] });
  });

  it('keeps bot traffic when drop_bots is off', async () => {
    const a = app({ settings: { dropBots: false } });
    expect(await (await a.post([sampleEvents(NOW).view], { headers: { 'user-agent': 'Googlebot/2.1' } })).json()).toEqual({ accepted: 1 });
  });

  it('respects DNT and Sec-GPC by default, and stores when configured not to', async () => {
    const a = app();
    expect(await (await a.post([sampleEvents(NOW).view], { headers: { dnt: '1' } })).json()).toEqual({ accepted: 0 });
    expect(await (await a.post([sampleEvents(NOW).view], { headers: { 'sec-gpc': '1' } })).json()).toEqual({ accepted: 0 });
    expect(await (await a.post([sampleEvents(NOW).view], { headers: { dnt: '0' } })).json()).toEqual({ accepted: 1 });
    expect(a.events()).toHaveLength(1);
    const dropped = (await (await a.get('/api/stats/dropped')).json()) as { dropped: unknown[] };
    expect(dropped.dropped).toEqual([
      { reason: 'dnt', requests: 1, events: 1 },
      { reason: 'gpc', requests: 1, events: 1 },
    ]);
    a.close();

    const b = app({ settings: { respectDnt: false, respectGpc: false } });
    expect(await (await b.post([sampleEvents(NOW).view], { headers: { dnt: '1', 'sec-gpc': '1' } })).json()).toEqual({ accepted: 1 });
  });

  it('rate-limits each client with 429 and Retry-After, and not its neighbours', async () => {
    const a = app({ settings: { rateLimit: { requestsPerMinute: 60, burst: 3 } } });
    const batch = [sampleEvents(NOW).view];
    for (let i = 0; i < 3; i++) expect((await a.post(batch)).status).toBe(202);
    const limited = await a.post(batch);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('too_many_requests');
    expect((await a.post(batch, { ip: '198.51.100.24' })).status).toBe(202);
    expect(a.events()).toHaveLength(4);
    // One token comes back per second at 60 per minute.
    a.clock.now += 1000;
    expect((await a.post(batch)).status).toBe(202);
  });

  it('counts a whole IPv6 /64 as one client', async () => {
    const a = app({ settings: { rateLimit: { requestsPerMinute: 60, burst: 2 } } });
    const batch = [sampleEvents(NOW).view];
    expect((await a.post(batch, { ip: '2001:db8:1:2::10' })).status).toBe(202);
    expect((await a.post(batch, { ip: '2001:db8:1:2:aaaa::20' })).status).toBe(202);
    expect((await a.post(batch, { ip: '2001:db8:1:2:ffff:ffff:ffff:1' })).status).toBe(429);
    expect((await a.post(batch, { ip: '2001:db8:1:3::10' })).status).toBe(202);
  });

  it('believes X-Forwarded-For only from trusted proxies', async () => {
    const limits = { rateLimit: { requestsPerMinute: 60, burst: 1 } };
    const batch = [sampleEvents(NOW).view];

    // Untrusted: a client cannot dodge the limit by inventing addresses.
    const open = app({ settings: limits });
    expect((await open.post(batch, { headers: { 'x-forwarded-for': '203.0.113.1' } })).status).toBe(202);
    expect((await open.post(batch, { headers: { 'x-forwarded-for': '203.0.113.2' } })).status).toBe(429);
    open.close();

    // Trusted proxy: each forwarded client is its own client, and hashes differently.
    const proxied = app({ settings: { ...limits, trustedProxies: ['10.0.0.0/8'] } });
    expect((await proxied.post(batch, { ip: '10.1.2.3', headers: { 'x-forwarded-for': '203.0.113.1' } })).status).toBe(202);
    expect((await proxied.post(batch, { ip: '10.1.2.3', headers: { 'x-forwarded-for': '203.0.113.2' } })).status).toBe(202);
    // A forged entry before the real client is ignored: the proxy appended the real address last.
    expect((await proxied.post(batch, { ip: '10.1.2.3', headers: { 'x-forwarded-for': '198.51.100.9, 203.0.113.1' } })).status).toBe(429);
    const visitors = new Set(proxied.events().map((row) => row.visitor));
    expect(visitors.size).toBe(2);
  });

  it('gives the same browser the same hash within a day and a new one the next day', async () => {
    const a = app();
    await a.post([sampleEvents(NOW).view]);
    await a.post([sampleEvents(NOW).view]);
    await a.post([sampleEvents(NOW).view], { headers: { 'user-agent': FIREFOX_UA } });
    a.clock.now = NOW + 86_400_000;
    await a.post([{ ...sampleEvents(NOW).view, ts: a.clock.now }]);
    const [first, second, firefox, tomorrow] = a.events().map((row) => row.visitor);
    expect(second).toBe(first);
    expect(firefox).not.toBe(first);
    expect(tomorrow).not.toBe(first);
  });

  it('refuses client times beyond the configured skew', async () => {
    const a = app({ settings: { maxClockSkewMs: 3_600_000 } });
    expect((await a.post([{ ...sampleEvents(NOW).view, ts: NOW - 3_500_000 }])).status).toBe(202);
    const late = await a.post([{ ...sampleEvents(NOW).view, ts: NOW - 3_700_000 }]);
    expect(late.status).toBe(400);
    expect(((await late.json()) as { error: { message: string } }).error.message).toContain('events[0].ts');
  });
});

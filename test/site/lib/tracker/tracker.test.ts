import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshTracker, installBrowser } from './browser-stubs.ts';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.parse('2025-11-20T12:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('initTracker / track', () => {
  it('makes no requests at all when the endpoint is false', async () => {
    const browser = installBrowser({ meta: '/api/events' });
    const tracker = await freshTracker();
    tracker.initTracker({ endpoint: false });
    tracker.track({ type: 'view', article: 'reset-your-password' });
    tracker.trackSearch('refund', 0);
    tracker.flush();
    browser.fire('pagehide');
    await vi.runAllTimersAsync();
    expect(browser.beacons).toEqual([]);
    expect(browser.fetches).toEqual([]);
  });

  it('reads the endpoint from the kb-analytics meta tag, and sends nothing without one', async () => {
    const withMeta = installBrowser({ meta: '/api/events' });
    let tracker = await freshTracker();
    tracker.initTracker();
    tracker.track({ type: 'view', article: 'reset-your-password' });
    await vi.runAllTimersAsync();
    expect(withMeta.beacons.map((beacon) => beacon.url)).toEqual(['/api/events']);

    vi.unstubAllGlobals();
    const withoutMeta = installBrowser();
    tracker = await freshTracker();
    tracker.initTracker();
    tracker.track({ type: 'view', article: 'reset-your-password' });
    await vi.runAllTimersAsync();
    expect(withoutMeta.beacons).toEqual([]);
    expect(withoutMeta.fetches).toEqual([]);
  });

  it("adds the page's locale from <html lang> when it is an ISO 639-1 code, and none otherwise", async () => {
    const german = installBrowser({ lang: 'de' });
    let tracker = await freshTracker();
    tracker.initTracker({ endpoint: '/api/events' });
    tracker.track({ type: 'view', article: 'reset-your-password' });
    await vi.runAllTimersAsync();
    expect((german.sent() as Array<{ locale?: string }>).map((event) => event.locale)).toEqual(['de']);

    vi.unstubAllGlobals();
    const tagged = installBrowser({ lang: 'en-US' });
    tracker = await freshTracker();
    tracker.initTracker({ endpoint: '/api/events' });
    tracker.track({ type: 'view', article: 'reset-your-password' });
    await vi.runAllTimersAsync();
    expect(tagged.sent()).toHaveLength(1);
    expect(tagged.sent()[0]).not.toHaveProperty('locale');
  });

  it('batches events, adding the session id, client time and an event id, and sends them as one text body', async () => {
    const browser = installBrowser();
    const tracker = await freshTracker();
    tracker.initTracker({ endpoint: 'https://api.example/api/events' });
    tracker.track({ type: 'view', article: 'reset-your-password' });
    tracker.track({ type: 'vote', article: 'reset-your-password', vote: 'down', reason: 'unclear', comment: '  Step 3\n is   unclear ' });
    tracker.track({ type: 'contact_open', article: 'reset-your-password' });
    expect(browser.beacons).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(browser.beacons).toHaveLength(1);
    expect(typeof browser.beacons[0]?.body).toBe('string');
    const session = tracker.sessionId();
    const event_id = expect.stringMatching(/^[\w-]{22}$/);
    const sent = browser.sent() as Array<{ event_id: string }>;
    expect(sent).toEqual([
      { type: 'view', article: 'reset-your-password', session, ts: Date.parse('2025-11-20T12:00:00Z'), event_id },
      { type: 'vote', article: 'reset-your-password', vote: 'down', reason: 'unclear', comment: 'Step 3 is unclear', session, ts: Date.parse('2025-11-20T12:00:00Z'), event_id },
      { type: 'contact_open', article: 'reset-your-password', session, ts: Date.parse('2025-11-20T12:00:00Z'), event_id },
    ]);
    // One id per event, so the API can tell a batch sent again from new events.
    expect(new Set(sent.map((event) => event.event_id)).size).toBe(3);
  });

  it('sends a full batch of 50 at once and never more than 50 per request', async () => {
    const browser = installBrowser();
    const tracker = await freshTracker();
    tracker.initTracker({ endpoint: '/api/events' });
    for (let i = 0; i < 120; i++) tracker.track({ type: 'view', article: `article-${i}` });
    expect(browser.beacons.map((beacon) => (JSON.parse(beacon.body) as unknown[]).length)).toEqual([50, 50]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(browser.beacons.map((beacon) => (JSON.parse(beacon.body) as unknown[]).length)).toEqual([50, 50, 20]);
  });

  it('flushes when the page is hidden or closed', async () => {
    const browser = installBrowser();
    const tracker = await freshTracker();
    tracker.initTracker({ endpoint: '/api/events' });
    tracker.track({ type: 'view', article: 'a' });
    browser.fire('visibilitychange', 'visible');
    expect(browser.beacons).toHaveLength(0);
    browser.fire('visibilitychange', 'hidden');
    expect(browser.beacons).toHaveLength(1);
    tracker.track({ type: 'contact_submit' });
    browser.fire('pagehide');
    expect(browser.beacons).toHaveLength(2);
  });

  it('falls back to fetch with keepalive when the beacon queue refuses', async () => {
    const browser = installBrowser();
    browser.beaconAccepts = false;
    const tracker = await freshTracker();
    tracker.initTracker({ endpoint: '/api/events' });
    tracker.track({ type: 'view', article: 'a' });
    tracker.flush();
    expect(browser.fetches).toHaveLength(1);
    expect(browser.fetches[0]?.init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit', headers: { 'content-type': 'text/plain' } });
  });

  it('never throws or rejects when the API is down or the browser blocks everything', async () => {
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      installBrowser({ storageThrows: true });
      vi.stubGlobal('navigator', {
        sendBeacon: () => {
          throw new TypeError('blocked');
        },
      });
      vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
      const tracker = await freshTracker();
      tracker.initTracker({ endpoint: '/api/events' });
      expect(() => {
        tracker.track({ type: 'view', article: 'a' });
        tracker.trackSearch('refund', 0);
        tracker.trackSearchClick('refund', 'a', 1);
        tracker.flush();
      }).not.toThrow();
      vi.stubGlobal('fetch', () => {
        throw new Error('fetch is not allowed here');
      });
      tracker.track({ type: 'view', article: 'a' });
      expect(() => tracker.flush()).not.toThrow();
      await vi.runAllTimersAsync();
      vi.useRealTimers();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(rejections).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });

  it('keeps events tracked before initTracker (up to 100) and sends them once it runs', async () => {
    const browser = installBrowser();
    const tracker = await freshTracker();
    for (let i = 0; i < 130; i++) tracker.track({ type: 'view', article: `article-${i}` });
    await vi.runAllTimersAsync();
    expect(browser.beacons).toEqual([]);
    tracker.initTracker({ endpoint: '/api/events' });
    tracker.flush();
    expect(browser.sent()).toHaveLength(100);
  });

  it('shortens over-long text instead of letting the API refuse the batch', async () => {
    const browser = installBrowser();
    const tracker = await freshTracker();
    tracker.initTracker({ endpoint: '/api/events' });
    tracker.track({ type: 'vote', article: 'a', vote: 'down', comment: 'x'.repeat(800) });
    tracker.track({ type: 'search_click', article: 'a', query: `a${'😀'.repeat(100)}`, position: 1 });
    tracker.track({ type: 'search', query: '   ', results: 0 });
    tracker.flush();
    const [vote, click, ...rest] = browser.sent();
    expect((vote?.comment as string).length).toBe(500);
    // 200 UTF-16 units would split the last emoji; the half surrogate is dropped.
    expect(click?.query).toBe(`a${'😀'.repeat(99)}`);
    expect(rest).toEqual([]);
  });
});

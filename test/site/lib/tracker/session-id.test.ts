import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshTracker, installBrowser } from './browser-stubs.ts';

afterEach(() => vi.unstubAllGlobals());

describe('sessionId', () => {
  it('is random, URL-safe and kept in sessionStorage for the tab', async () => {
    const browser = installBrowser();
    const { sessionId } = await freshTracker();
    const id = sessionId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(sessionId()).toBe(id);
    expect([...browser.storage.values()]).toEqual([id]);
    // A new page in the same tab reads the same id back.
    const again = await freshTracker();
    expect(again.sessionId()).toBe(id);
  });

  it('differs between tabs (separate storage)', async () => {
    installBrowser();
    const first = (await freshTracker()).sessionId();
    vi.unstubAllGlobals();
    installBrowser();
    expect((await freshTracker()).sessionId()).not.toBe(first);
  });

  it('falls back to one id per page when storage is blocked', async () => {
    installBrowser({ storageThrows: true });
    const { sessionId } = await freshTracker();
    const id = sessionId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(sessionId()).toBe(id);
  });

  it('never sets a cookie', async () => {
    installBrowser();
    const cookie = vi.fn();
    vi.stubGlobal('document', { ...globalThis.document, set cookie(value: string) { cookie(value); } });
    const tracker = await freshTracker();
    tracker.initTracker({ endpoint: '/api/events' });
    tracker.sessionId();
    tracker.track({ type: 'view', article: 'a' });
    tracker.flush();
    expect(cookie).not.toHaveBeenCalled();
  });
});

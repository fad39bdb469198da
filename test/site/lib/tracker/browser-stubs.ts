/**
 * Just enough of a browser for the tracker's unit tests: sessionStorage,
 * navigator.sendBeacon, fetch, document (meta tag, visibility) and window
 * listeners, each recording what the tracker did with it. The tracker is a
 * page-wide singleton, so each test imports a fresh copy.
 */
import { vi } from 'vitest';

export interface Beacon {
  url: string;
  body: string;
}

export interface BrowserStub {
  beacons: Beacon[];
  fetches: Array<{ url: string; init: RequestInit }>;
  /** Events posted, across beacons and fetches, in order. */
  sent(): Array<Record<string, unknown>>;
  /** What `sendBeacon` returns (false = queue full, so the tracker falls back to fetch). */
  beaconAccepts: boolean;
  fire(type: 'pagehide' | 'visibilitychange', visibility?: 'hidden' | 'visible'): void;
  storage: Map<string, string>;
}

export function installBrowser(options: { meta?: string; storageThrows?: boolean; lang?: string } = {}): BrowserStub {
  const listeners = new Map<string, Array<() => void>>();
  const on = (type: string, listener: () => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener]);
  const storage = new Map<string, string>();
  const document = {
    visibilityState: 'visible' as 'visible' | 'hidden',
    querySelector: (selector: string) =>
      selector === 'meta[name="kb-analytics"]' && options.meta !== undefined ? { getAttribute: (name: string) => (name === 'content' ? options.meta ?? null : null) } : null,
    addEventListener: on,
    documentElement: { lang: options.lang ?? '' },
  };
  const stub: BrowserStub = {
    beacons: [],
    fetches: [],
    beaconAccepts: true,
    storage,
    sent() {
      return [...this.beacons.map((beacon) => beacon.body), ...this.fetches.map((call) => String(call.init.body))].flatMap(
        (body) => JSON.parse(body) as Array<Record<string, unknown>>,
      );
    },
    fire(type, visibility) {
      if (visibility !== undefined) document.visibilityState = visibility;
      for (const listener of listeners.get(type) ?? []) listener();
    },
  };
  vi.stubGlobal('document', document);
  vi.stubGlobal('addEventListener', on);
  vi.stubGlobal('sessionStorage', {
    getItem: (key: string) => {
      if (options.storageThrows) throw new Error('SecurityError: storage is disabled');
      return storage.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (options.storageThrows) throw new Error('SecurityError: storage is disabled');
      storage.set(key, value);
    },
  });
  vi.stubGlobal('navigator', {
    sendBeacon: (url: string, body: string) => {
      if (!stub.beaconAccepts) return false;
      stub.beacons.push({ url, body });
      return true;
    },
  });
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    stub.fetches.push({ url, init });
    return Promise.resolve(new Response(null, { status: 202 }));
  });
  return stub;
}

/** A fresh copy of the tracker module graph (its state is per page). */
export async function freshTracker() {
  vi.resetModules();
  return import('../../../../site/lib/tracker/index.ts');
}

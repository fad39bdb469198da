/**
 * The shared build of the site fixture, served on loopback by a static
 * server, and a Chromium when one is there: what a browser suite of the
 * built site sets up before its tests and closes after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { SiteBuild } from './build-site.ts';
import { launchBrowser } from './launch-browser.ts';
import { sharedFixtureSite } from './shared-site.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

export interface ServedSite {
  build: SiteBuild;
  server: StaticServer;
  /** Undefined when the suite runs without a browser. */
  browser: Browser | undefined;
}

/** Registers the suite's set-up and tear-down; the fields are filled once `beforeAll` has run. */
export function useServedSite(withBrowser: boolean): ServedSite {
  const site = { browser: undefined } as ServedSite;
  beforeAll(async () => {
    site.build = await sharedFixtureSite();
    site.server = await startStaticServer(site.build.outDir);
    if (withBrowser) site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

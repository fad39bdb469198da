/**
 * Real Chromium for browser tests. Without a browser the tests skip with a
 * visible warning, unless KB_REQUIRE_BROWSER=1 (CI), where they fail.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.KB_CHROMIUM ?? '/usr/bin/chromium';

/** True when the tests can run; warns (or throws under KB_REQUIRE_BROWSER=1) when they cannot. */
export function browserAvailable(suite: string): boolean {
  if (existsSync(chromiumPath)) return true;
  const why = `${suite}: no Chromium at ${chromiumPath} (set KB_CHROMIUM or install Debian's chromium)`;
  if (process.env.KB_REQUIRE_BROWSER === '1') throw new Error(`${why}; KB_REQUIRE_BROWSER=1 requires the browser tests to run.`);
  console.warn(`SKIPPED ${why}.`);
  return false;
}

/** Launches headless Chromium; `extraArgs` go after the standard flags. */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', ...extraArgs],
  });
}

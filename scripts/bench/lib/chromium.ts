/** The browser the page benchmarks drive: Debian's Chromium, headless, never a downloaded one. */
import { existsSync } from 'node:fs';

/** `KB_CHROMIUM` or Debian's `/usr/bin/chromium`. */
export const chromiumPath = process.env.KB_CHROMIUM ?? '/usr/bin/chromium';

export const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

/** Throws a fix-it message when there is no browser to run. */
export function requireChromium(benchmark: string): string {
  if (!existsSync(chromiumPath)) {
    throw new Error(`${benchmark}: no Chromium at ${chromiumPath}. Fix: install Debian's chromium (apt-get install chromium) or set KB_CHROMIUM to a Chromium binary.`);
  }
  return chromiumPath;
}

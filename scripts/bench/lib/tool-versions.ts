/** The versions a benchmark ran with: figures only compare across runs of the same tools. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromiumPath } from './chromium.ts';
import { projectRoot } from './workspace.ts';

export interface ToolVersions {
  astro: string;
  starlight: string;
  pagefind: string;
  lighthouse: string;
  'playwright-core': string;
  chromium: string;
}

/** Installed version of `name`, read from disk (not every package exports its package.json); "missing" when absent. */
function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'missing';
  }
}

function chromiumVersion(): string {
  try {
    // Debian's wrapper script may complain on stderr about the machine; only the version line matters.
    return execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'missing';
  }
}

/** The versions of the sites' build tools and the browser. */
export function toolVersions(): ToolVersions {
  return {
    astro: packageVersion('astro'),
    starlight: packageVersion('@astrojs/starlight'),
    pagefind: packageVersion('pagefind'),
    lighthouse: packageVersion('lighthouse'),
    'playwright-core': packageVersion('playwright-core'),
    chromium: chromiumVersion(),
  };
}

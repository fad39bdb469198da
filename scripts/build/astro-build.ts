/**
 * The Astro step of `kb build`, through Astro's JS API. The KB folder and
 * output folder reach `astro.config.mjs` through environment variables, and
 * each build gets a fresh cache folder: the content schema comes from
 * `kb.config.yaml`, which Astro's incremental cache does not watch.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, where `astro.config.mjs` lives. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface AstroBuildOptions {
  contentDir: string;
  outDir: string;
  /** Analytics export for the home page lists; defaults to `site.popular_file` of the config. */
  popularFile?: string;
  /** Astro's own log level; "error" keeps the CLI output to our summary. */
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

/** Builds the site into `outDir`. Throws what Astro throws. */
export async function buildAstroSite(options: AstroBuildOptions): Promise<void> {
  process.env.ASTRO_TELEMETRY_DISABLED = '1'; // No network calls from a build.
  process.env.KB_CONTENT_DIR = options.contentDir;
  process.env.KB_OUT_DIR = options.outDir;
  if (options.popularFile) process.env.KB_POPULAR_FILE = options.popularFile;
  else delete process.env.KB_POPULAR_FILE;
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'kb-astro-cache-'));
  try {
    const { build } = await import('astro');
    await build({ root: projectRoot, outDir: options.outDir, cacheDir, logLevel: options.logLevel ?? 'error', mode: 'production' });
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

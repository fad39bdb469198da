/**
 * Runs the Astro step in its own process, so `kb build` can lint at the same
 * time on another core and stop the render the moment the lint fails.
 * Usage (internal): node astro-child.ts '<json AstroBuildOptions>'
 */
import { buildAstroSite, type AstroBuildOptions } from './astro-build.ts';

const options = JSON.parse(process.argv[2] ?? '{}') as AstroBuildOptions;
try {
  await buildAstroSite(options);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}

/**
 * A cold `astro build` of the generated Starlight site, the way its
 * template's `npm run build` runs it: Astro renders every page, then
 * Starlight's integration runs Pagefind. Caches from an earlier run are
 * removed first, as `kb build` starts from a fresh cache too.
 */
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { measureCommand, type MeasuredCommand } from '../lib/measure-command.ts';

const astroBin = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

/** Builds `projectDir` into `projectDir/dist`; throws with Astro's output when the build fails. */
export async function buildStarlight(projectDir: string): Promise<MeasuredCommand & { outDir: string }> {
  const outDir = path.join(projectDir, 'dist');
  for (const cache of ['dist', '.astro', 'node_modules']) rmSync(path.join(projectDir, cache), { recursive: true, force: true });
  const run = await measureCommand({
    command: process.execPath,
    args: [astroBin, 'build'],
    cwd: projectDir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (run.code !== 0) throw new Error(`Starlight's astro build exited with ${run.code}:\n${(run.stdout + run.stderr).slice(-4000)}`);
  return { ...run, outDir };
}

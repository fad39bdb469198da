/**
 * The site fixture KB built once per test run and shared by every browser
 * suite: the first suite to ask builds it with the real `kb build` (the
 * others wait for it), so the run pays for one build instead of one per
 * file. The run's own temporary folder (see `temp-folder-setup.ts`) holds
 * it, so no two runs share a build. Suites must not change the files.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildSite, type SiteBuild } from './build-site.ts';

export const siteFixture = fileURLToPath(new URL('../../fixtures/site/kb', import.meta.url));
export const popularFixture = fileURLToPath(new URL('../../fixtures/site/popular.json', import.meta.url));

/** How long a suite waits for another suite's build (a loaded machine builds slowly). */
const WAIT_MS = 10 * 60_000;

/** The shared build of the site fixture (with its analytics export); throws when the build failed. */
export async function sharedFixtureSite(): Promise<SiteBuild> {
  const folder = path.join(os.tmpdir(), 'kb-shared-site');
  const result = path.join(folder, 'build.json');
  const lock = `${folder}.lock`;
  const started = Date.now();
  while (!existsSync(result)) {
    let mine = false;
    try {
      mkdirSync(lock);
      mine = true;
    } catch {
      if (Date.now() - started > WAIT_MS) throw new Error(`waited ${WAIT_MS / 60_000} minutes for the shared site build (${lock})`);
      await sleep(250);
      continue;
    }
    try {
      if (!existsSync(result)) {
        const build = await buildSite(siteFixture, ['--popular', popularFixture]);
        mkdirSync(folder, { recursive: true });
        writeFileSync(result, JSON.stringify(build));
      }
    } finally {
      if (mine) rmSync(lock, { recursive: true, force: true });
    }
  }
  const build = JSON.parse(readFileSync(result, 'utf8')) as SiteBuild;
  if (build.code !== 0) throw new Error(`kb build of the site fixture failed (${build.code}):\n${build.stdout}\n${build.stderr}`);
  return build;
}

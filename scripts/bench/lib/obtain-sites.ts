/**
 * The two built sites a page benchmark (Lighthouse, search) looks at:
 * those `compare-build.ts --keep` left in a folder, or, without one, both
 * sites built here from `count` generated articles (not timed).
 */
import path from 'node:path';
import { buildStarlight } from '../starlight/build-starlight.ts';
import { buildOurs } from './build-ours.ts';
import { keepBuiltSites, prepareSitePair, readBuiltSites, type BuiltSites } from './site-pair.ts';
import { createWorkspace } from './workspace.ts';

export interface ObtainedSites {
  /** The folder holding both sites and `sites.json`. */
  dir: string;
  sites: BuiltSites;
  /** Removes what was built here; keeps a folder passed in. */
  cleanup(): void;
}

/** Reads `sitesDir`, or builds both sites at `count` articles in a scratch folder. */
export async function obtainSites(sitesDir: string | undefined, count: number, label: string): Promise<ObtainedSites> {
  if (sitesDir !== undefined) return { dir: sitesDir, sites: readBuiltSites(sitesDir), cleanup: () => {} };
  const scratch = createWorkspace(`${label}-${count}`);
  const workspace = scratch.dir;
  try {
    process.stderr.write(`${label}: building both sites from ${count} generated articles (not timed)…\n`);
    const pair = prepareSitePair(workspace, count);
    const oursDist = path.join(workspace, 'ours-dist');
    await buildOurs(pair.kbDir, oursDist, (text) => process.stderr.write(`${label}: ${text}\n`));
    const starlight = await buildStarlight(pair.starlightDir);
    const dir = path.join(workspace, 'sites');
    const sites = keepBuiltSites(pair, oursDist, starlight.outDir, dir);
    return { dir, sites, cleanup: scratch.remove };
  } catch (error) {
    scratch.remove();
    throw error;
  }
}

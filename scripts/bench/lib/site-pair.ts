/**
 * The same generated KB as our help center and as a plain Starlight site,
 * with the article page both benchmarks look at: the first generated
 * article, which is the same article whatever the count (the generator
 * plans every title before it writes), so page figures compare across counts.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeStarlightProject } from '../starlight/write-starlight-project.ts';
import { generateArticles } from './generate-articles.ts';
import { moveFolder } from '../../lib/move-folder.ts';

export const SITE_TITLE = 'Tidyshift Help Center';
/** `site.url` of the generated `kb.config.yaml`, given to Starlight as Astro's `site` too. */
export const SITE_URL = 'https://help.tidyshift.example';

export interface SitePair {
  count: number;
  kbDir: string;
  starlightDir: string;
  /** Slug of the article page measured on both sites. */
  slug: string;
  /** Site-relative page files of that article. */
  oursPage: string;
  starlightPage: string;
}

/** Generates `count` articles in `workspace/kb` and the Starlight site from them in `workspace/starlight`. */
export function prepareSitePair(workspace: string, count: number): SitePair {
  const kbDir = path.join(workspace, 'kb');
  const generated = generateArticles({ count, dir: kbDir });
  const article = generated.articles[0];
  if (!article) throw new Error('the generator wrote no articles');
  const starlight = writeStarlightProject({ kbDir, projectDir: path.join(workspace, 'starlight'), title: SITE_TITLE, site: SITE_URL });
  const starlightPage = starlight.pages.get(article.slug);
  if (!starlightPage) throw new Error(`the Starlight site has no page for ${article.slug}`);
  return { count, kbDir, starlightDir: starlight.projectDir, slug: article.slug, oursPage: `articles/${article.slug}/index.html`, starlightPage };
}

const builtSitesSchema = z.strictObject({
  count: z.int().positive(),
  slug: z.string().min(1).max(200),
  ours: z.strictObject({ dir: z.string().min(1).max(4096), page: z.string().min(1).max(4096) }),
  starlight: z.strictObject({ dir: z.string().min(1).max(4096), page: z.string().min(1).max(4096) }),
});

/** Two built sites kept for the page benchmarks (Lighthouse, search): `sites.json` in the folder that holds them. */
export type BuiltSites = z.infer<typeof builtSitesSchema>;

const SITES_FILE = 'sites.json';

/** Moves both built `dist/` folders into `keepDir` and describes them in `keepDir/sites.json`. */
export function keepBuiltSites(pair: SitePair, oursDist: string, starlightDist: string, keepDir: string): BuiltSites {
  mkdirSync(keepDir, { recursive: true });
  const sites: BuiltSites = {
    count: pair.count,
    slug: pair.slug,
    ours: { dir: path.resolve(keepDir, 'ours'), page: pair.oursPage },
    starlight: { dir: path.resolve(keepDir, 'starlight'), page: pair.starlightPage },
  };
  for (const dir of [sites.ours.dir, sites.starlight.dir]) rmSync(dir, { recursive: true, force: true });
  moveFolder(oursDist, sites.ours.dir);
  moveFolder(starlightDist, sites.starlight.dir);
  writeFileSync(path.join(keepDir, SITES_FILE), `${JSON.stringify(sites, null, 2)}\n`);
  return sites;
}


/** Reads what `keepBuiltSites` wrote; errors name the file and what is wrong. */
export function readBuiltSites(keepDir: string): BuiltSites {
  const file = path.join(keepDir, SITES_FILE);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read the built sites (${error instanceof Error ? error.message : String(error)}). Fix: pass --sites the folder compare-build.ts --keep wrote.`);
  }
  const parsed = builtSitesSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The address path of a site-relative page file (`articles/x/index.html` → `/articles/x/`). */
export function pageUrlPath(page: string): string {
  return `/${page.replace(/index\.html$/, '')}`;
}

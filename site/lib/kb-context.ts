/**
 * What the site is built from: the KB folder and its validated config. The
 * `kb build` command passes the folder in `KB_CONTENT_DIR`; a bare
 * `astro build` falls back to `content/` in the current folder.
 */
import path from 'node:path';
import { loadConfig } from '../../plugins/config/load-config.ts';
import type { KbConfig } from '../../plugins/config/kb-config-schema.ts';
import { ARTICLES_DIR } from '../../plugins/lint/article-index.ts';

export interface KbContext {
  contentDir: string;
  articlesDir: string;
  config: KbConfig;
  /** Absolute path of the analytics export the home page reads, if any. */
  popularFile: string;
}

let cached: KbContext | undefined;

/** Loads the KB context once per process. */
export function kbContext(): KbContext {
  if (cached) return cached;
  const contentDir = path.resolve(process.env.KB_CONTENT_DIR ?? 'content');
  const config = loadConfig(contentDir);
  const popularFile = path.resolve(process.env.KB_POPULAR_FILE ?? config.site.popular_file);
  cached = { contentDir, articlesDir: path.join(contentDir, ARTICLES_DIR), config, popularFile };
  return cached;
}

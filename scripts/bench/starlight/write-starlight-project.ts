/**
 * Writes a plain Starlight site holding the articles of a KB: the files
 * `npm create astro -- --template starlight` makes (package.json,
 * astro.config.mjs with Starlight's default configuration and a title,
 * src/content.config.ts, a home page, the favicon Starlight links by
 * default), plus one page per article at
 * `src/content/docs/<category>/<slug>.md` (`.mdx` when it uses MDX).
 * Starlight's defaults apply: a sidebar generated from every page and its
 * built-in Pagefind search.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { adaptArticle } from './adapt-article.ts';

export interface StarlightProjectOptions {
  /** The KB root (`articles/<category>/<slug>.mdx` inside). */
  kbDir: string;
  /** Where to write the project; emptied first. */
  projectDir: string;
  /** The site title. */
  title: string;
  /** The public address (Astro's `site`), as a production site sets it: it turns on canonical links and the sitemap. */
  site: string;
}

export interface StarlightProject {
  projectDir: string;
  /** Site-relative page path of each article, by slug (`billing/update-your-card/index.html`). */
  pages: Map<string, string>;
}

const astroConfig = (title: string, site: string) => `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: ${JSON.stringify(site)},
  integrations: [starlight({ title: ${JSON.stringify(title)} })],
});
`;

const contentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
`;

// Astro finds integrations through the project's dependencies, so they are listed even though
// the packages themselves resolve from the repository's node_modules.
const packageJson = {
  name: 'starlight-bench-site',
  private: true,
  type: 'module',
  dependencies: { '@astrojs/starlight': '*', astro: '*' },
};

// Starlight links /favicon.svg from every page; its template ships one in public/.
const favicon = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="14" fill="#7c3aed"/></svg>\n';

const tsconfig = { extends: 'astro/tsconfigs/strict', include: ['.astro/types.d.ts', '**/*'], exclude: ['dist'] };

/** Writes the project and returns where each article's page will be. */
export function writeStarlightProject(options: StarlightProjectOptions): StarlightProject {
  const { projectDir } = options;
  rmSync(projectDir, { recursive: true, force: true });
  const docs = path.join(projectDir, 'src', 'content', 'docs');
  mkdirSync(docs, { recursive: true });
  writeFileSync(path.join(projectDir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  writeFileSync(path.join(projectDir, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
  writeFileSync(path.join(projectDir, 'astro.config.mjs'), astroConfig(options.title, options.site));
  writeFileSync(path.join(projectDir, 'src', 'content.config.ts'), contentConfig);
  mkdirSync(path.join(projectDir, 'public'), { recursive: true });
  writeFileSync(path.join(projectDir, 'public', 'favicon.svg'), favicon);
  const home = stringify({ title: options.title, description: `Answers to questions about ${options.title}.` }, { lineWidth: 0 });
  writeFileSync(path.join(docs, 'index.mdx'), `---\n${home}---\n\nPick a topic in the sidebar, or search.\n`);

  const pages = new Map<string, string>();
  const articlesDir = path.join(options.kbDir, 'articles');
  const files = readdirSync(articlesDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  for (const name of files) {
    const category = path.dirname(name);
    const slug = path.basename(name, '.mdx');
    const article = adaptArticle(readFileSync(path.join(articlesDir, name), 'utf8'), path.join('articles', name));
    mkdirSync(path.join(docs, category), { recursive: true });
    writeFileSync(path.join(docs, category, `${slug}.${article.extension}`), article.source);
    pages.set(slug, path.posix.join(category.split(path.sep).join('/'), slug, 'index.html'));
  }
  return { projectDir, pages };
}

// The help center site. `kb build` runs this through Astro's JS API after the
// lint gate; KB_CONTENT_DIR and KB_OUT_DIR say which KB to build and where.
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { kbContext } from './site/lib/kb-context.ts';
import { kbMdastPlugin } from './site/lib/markdown/kb-mdast-plugin.ts';
import { basePathOf, sitePaths } from './site/lib/site-paths.ts';

const { config, articlesDir } = kbContext();
const base = basePathOf(config.site.url);

export default defineConfig({
  srcDir: './site',
  outDir: process.env.KB_OUT_DIR ?? './dist',
  site: config.site.url,
  base,
  trailingSlash: 'ignore',
  // Stylesheets stay files (cached across pages, not repeated in every page's HTML); a few pages render
  // while others are written to disk.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Plain code blocks: highlighting themes would cost CSS on every page and a
  // second palette for dark mode, for little gain in a help center.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ mdastPlugins: [kbMdastPlugin({ paths: sitePaths(base), articlesDir })] }),
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});

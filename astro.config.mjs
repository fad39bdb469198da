// The help center site. `kb build` runs this through Astro's JS API after the
// lint gate; KB_CONTENT_DIR and KB_OUT_DIR say which KB to build and where.
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { brandCss, brandOf } from './site/lib/brand.ts';
import { brandCssPlugin } from './site/lib/brand-css-plugin.ts';
import { kbContext } from './site/lib/kb-context.ts';
import { codeClassesTransformer } from './site/lib/markdown/code-highlight.ts';
import { headingAnchorsPlugin } from './site/lib/markdown/heading-anchors.ts';
import { kbMdastPlugin } from './site/lib/markdown/kb-mdast-plugin.ts';
import { basePathOf, sitePaths } from './site/lib/site-paths.ts';
import { localesOf } from './plugins/locale/load-locales.ts';
import { articlePlace } from './plugins/locale/locales.ts';

const { config, articlesDir, contentDir } = kbContext();
const base = basePathOf(config.site.url);
const locales = localesOf(config, contentDir);
// A translation links its locale's pages and names its sections in its own language.
const localeOf = (file) => {
  const code = articlePlace(config, articlesDir, file).locale;
  const locale = code === undefined ? undefined : locales.get(code);
  return locale && !locale.isDefault ? { paths: sitePaths(base, code), sections: locale.sections } : undefined;
};

export default defineConfig({
  srcDir: './site',
  outDir: process.env.KB_OUT_DIR ?? './dist',
  site: config.site.url,
  base,
  trailingSlash: 'ignore',
  // Stylesheets stay files (cached across pages, not repeated in every page's HTML); a few pages render
  // while others are written to disk.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Code is highlighted at build time (no highlighter in the browser): Shiki's
  // css-variables theme, turned into classes that site/styles/code.css colours
  // for both themes, so no inline style needs the CSP's permission.
  markdown: {
    syntaxHighlight: 'shiki',
    shikiConfig: { theme: 'css-variables', wrap: null, transformers: [codeClassesTransformer()] },
    processor: satteri({
      mdastPlugins: [kbMdastPlugin({ paths: sitePaths(base), articlesDir, localeOf })],
      hastPlugins: [headingAnchorsPlugin()],
    }),
  },
  integrations: [mdx()],
  vite: { plugins: [brandCssPlugin(() => brandCss(config, brandOf(config, contentDir), base))] },
  devToolbar: { enabled: false },
});

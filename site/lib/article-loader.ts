/**
 * The `articles` collection loader. Like Astro's glob loader, but it
 * renders plain-Markdown articles while loading (see `plain-markdown.ts`)
 * and leaves only articles that use MDX features to `@astrojs/mdx`. `.md`
 * articles are always Markdown (CommonMark with GitHub's extensions and raw
 * HTML, as the linter reads them). The id is the slug (the file name without
 * `.md` or `.mdx`), with the locale in front for a translation ("de/…");
 * the data goes through the collection schema.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { slugOf } from '../../plugins/article/slug.ts';
import type { KbConfig } from '../../plugins/config/kb-config-schema.ts';
import { articlePlace, defaultLocaleCode } from '../../plugins/locale/locales.ts';
import { listArticleFiles } from '../../plugins/lint/article-index.ts';
import { syntaxOf } from '../../plugins/lint/article-syntax.ts';
import { plainMarkdownOf } from './markdown/plain-markdown.ts';

const frontmatterPattern = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits a file into its YAML frontmatter (parsed as the linter parses it) and its body. */
export function splitFrontmatter(contents: string): { data: Record<string, unknown>; body: string } {
  const match = frontmatterPattern.exec(contents);
  if (!match) return { data: {}, body: contents };
  const data: unknown = parse(match[1] ?? '', { uniqueKeys: true });
  return {
    data: data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
    body: contents.slice(match[0].length).trim(),
  };
}

/** The entry id of an article: its slug, prefixed with its locale for a translation ("de/reset-your-password"). */
export type EntryIdOf = (file: string) => string;

/** Entry ids for a KB's configuration: translations under their locale, so a translation never replaces its source. */
export function entryIdOf(config: KbConfig, articlesDir: string): EntryIdOf {
  const base = defaultLocaleCode(config);
  return (file) => {
    const locale = articlePlace(config, articlesDir, file).locale ?? base;
    return locale === base ? slugOf(file) : `${locale}/${slugOf(file)}`;
  };
}

export function articleLoader(articlesDir: string, idOf: EntryIdOf = slugOf): Loader {
  return {
    name: 'kb-articles',
    async load({ store, parseData, renderMarkdown, generateDigest, config }) {
      store.clear();
      const root = fileURLToPath(config.root);
      for (const file of listArticleFiles(articlesDir, path.dirname(articlesDir))) {
        const contents = await readFile(file, 'utf8');
        const { data: raw, body } = splitFrontmatter(contents);
        const id = idOf(file);
        const data = await parseData({ id, data: raw, filePath: file });
        const entry = { id, data, body, filePath: path.relative(root, file).split(path.sep).join('/'), digest: generateDigest(contents) };
        const plain = syntaxOf(file) === 'markdown' ? body : plainMarkdownOf(body);
        if (plain === undefined) {
          store.set({ ...entry, deferredRender: true });
        } else {
          const rendered = await renderMarkdown(plain, { fileURL: pathToFileURL(file) });
          const images = (rendered.metadata?.imagePaths ?? []) as string[];
          store.set({ ...entry, rendered, ...(images.length > 0 ? { assetImports: images } : {}) });
        }
      }
    },
  };
}

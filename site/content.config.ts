/**
 * The `articles` collection: every `.mdx` and `.md` under `<content>/articles`, with
 * the slug (file name) as id and the linter's own frontmatter schema, so the
 * site and `kb lint` can never disagree about what a valid article is.
 */
import { defineCollection } from 'astro:content';
import { createArticleSchema } from '../plugins/article/article-schema.ts';
import { articleLoader, entryIdOf } from './lib/article-loader.ts';
import { kbContext } from './lib/kb-context.ts';

const { config, articlesDir } = kbContext();

export const collections = {
  articles: defineCollection({ loader: articleLoader(articlesDir, entryIdOf(config, articlesDir)), schema: createArticleSchema(config) }),
};

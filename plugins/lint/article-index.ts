/** Where articles live and how to list them (kept for the modules that import them from here). */
export { listArticleFiles, scanArticleFiles } from './article-files.ts';
export { ARTICLES_DIR } from './kb-index.ts';

/**
 * Turns command-line paths into the list of article files to lint: files as
 * given, folders expanded to every `.mdx` inside them, no paths meaning the
 * whole KB.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { listArticleFiles } from '../../plugins/lint/article-index.ts';
import { UsageError } from '../cli/user-error.ts';

export function resolveTargets(paths: readonly string[], articlesDir: string): string[] {
  if (paths.length === 0) {
    if (!existsSync(articlesDir)) {
      throw new UsageError(`No articles folder at ${path.relative(process.cwd(), articlesDir) || articlesDir}: create it, or point --content at the KB root that holds articles/.`);
    }
    return listArticleFiles(articlesDir);
  }
  const files: string[] = [];
  for (const given of paths) {
    if (!existsSync(given)) throw new UsageError(`No such file or folder: ${given}. Check the path, or run "kb lint" with no paths to check every article.`);
    if (statSync(given).isDirectory()) files.push(...listArticleFiles(given));
    else files.push(path.resolve(given));
  }
  return [...new Set(files)];
}

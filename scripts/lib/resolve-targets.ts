/**
 * Turns command-line paths into the list of article files to lint: files as
 * given, folders expanded to every `.md` and `.mdx` inside them (links
 * followed once, never outside the KB), no paths meaning the whole KB. An
 * empty selection is a usage error with the reason: a CI job that checks
 * nothing must not pass.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { scanArticleFiles, type SkippedPath } from '../../plugins/lint/article-files.ts';
import { UsageError } from '../cli/user-error.ts';

function shown(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** The articles to lint and what was left out; `root` is the KB root links must stay inside. */
export function resolveTargets(paths: readonly string[], articlesDir: string, root = path.dirname(articlesDir)): { files: string[]; skipped: SkippedPath[] } {
  if (paths.length === 0) {
    if (!existsSync(articlesDir)) {
      throw new UsageError(`No articles folder at ${shown(articlesDir)}: create it, or point --content at the KB root that holds articles/.`);
    }
    const scan = scanArticleFiles(articlesDir, root);
    if (scan.files.length === 0) {
      throw new UsageError(`No articles to check: ${shown(articlesDir)} holds no .md or .mdx files. Add articles there, or point --content at the KB root that holds them.`);
    }
    return scan;
  }
  const files: string[] = [];
  const skipped: SkippedPath[] = [];
  for (const given of paths) {
    if (!existsSync(given)) throw new UsageError(`No such file or folder: ${given}. Check the path, or run "kb lint" with no paths to check every article.`);
    if (statSync(given).isDirectory()) {
      const scan = scanArticleFiles(given, root);
      files.push(...scan.files);
      skipped.push(...scan.skipped);
    } else files.push(path.resolve(given));
  }
  const unique = [...new Set(files)];
  if (unique.length === 0) {
    throw new UsageError(`No articles to check in ${paths.join(', ')}: no .md or .mdx files there. Give article files or folders that hold them.`);
  }
  return { files: unique, skipped };
}

/**
 * Which article slugs the service accepts events for: the site's article
 * manifest (`articles.json`, written by the build into `dist/`, or given
 * with `--articles FILE`). An alias counts as the article it forwards to; a
 * slug the site does not have is stored as `unknown`, so made-up slugs
 * cannot fill the database while a batch from an old cached page keeps its
 * valid events. Without a manifest every slug is accepted.
 */
import { readFileSync, statSync } from 'node:fs';
import { z } from 'zod';

/** The slug stored for events whose article the site does not have. */
export const UNKNOWN_ARTICLE = 'unknown';

/** Resolves a posted slug to the slug stored. */
export interface ArticleList {
  /** The slug to store for `slug`: itself, the article an alias forwards to, or `unknown`. */
  resolve(slug: string): string;
  /** How many articles the list holds. */
  readonly size: number;
}

const slug = z.string().min(1).max(200);
const manifestSchema = z.object({ articles: z.array(slug), aliases: z.record(slug, slug).default({}) });

/** An article list could not be read; the message names the file and the fix. */
export class ArticleListError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArticleListError';
  }
}

/** The list in `manifest` (an `articles.json` already parsed). */
export function articleListOf(manifest: { articles: readonly string[]; aliases?: Record<string, string> }): ArticleList {
  const slugs = new Set(manifest.articles);
  const aliases = new Map(Object.entries(manifest.aliases ?? {}));
  return {
    resolve(posted) {
      if (slugs.has(posted)) return posted;
      const target = aliases.get(posted);
      return target !== undefined && slugs.has(target) ? target : UNKNOWN_ARTICLE;
    },
    get size() {
      return slugs.size;
    },
  };
}

/** Reads an article manifest file. */
export function readArticleList(file: string): ArticleList {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ArticleListError(`${file}: cannot read the article list (${(error as Error).message}). Fix: build the site (npm run build writes dist/articles.json) or pass the right file with --articles.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ArticleListError(`${file}: the article list is not JSON. Fix: pass the articles.json the build writes.`);
  }
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ArticleListError(`${file}: not an article list (${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}). Fix: pass the articles.json the build writes.`);
  }
  return articleListOf(result.data);
}

/**
 * A list that follows its file: re-read when the file changes (a new build
 * of the site), checked at most every `checkEveryMs`. A broken rewrite keeps
 * the last good list.
 */
export function watchedArticleList(file: string, checkEveryMs = 30_000, now: () => number = Date.now): ArticleList {
  let list = readArticleList(file);
  let mtime = statSync(file).mtimeMs;
  let checkedAt = now();
  const refresh = () => {
    if (now() - checkedAt < checkEveryMs) return;
    checkedAt = now();
    try {
      const current = statSync(file).mtimeMs;
      if (current !== mtime) {
        list = readArticleList(file);
        mtime = current;
      }
    } catch {
      // Keep serving with the last list while a deploy replaces the file.
    }
  };
  return {
    resolve(posted) {
      refresh();
      return list.resolve(posted);
    },
    get size() {
      return list.size;
    },
  };
}

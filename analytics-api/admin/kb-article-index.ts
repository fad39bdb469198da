/**
 * The KB's articles as the dashboard names them: slug, title, keywords and
 * status from each file's frontmatter only (no body is parsed, so a KB of
 * thousands of articles loads in about a second), read on first use and
 * again after five minutes, so renamed articles show their new titles.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { slugOf } from '../../plugins/article/slug.ts';
import { ARTICLES_DIR, listArticleFiles } from '../../plugins/lint/article-index.ts';

export interface IndexedArticle {
  slug: string;
  title: string;
  keywords: string[];
  status: string;
  owner: string | null;
}

const MAX_AGE_MS = 5 * 60_000;

function readIndex(contentDir: string): Map<string, IndexedArticle> {
  const articles = new Map<string, IndexedArticle>();
  for (const file of listArticleFiles(path.join(contentDir, ARTICLES_DIR))) {
    let data: Record<string, unknown> = {};
    try {
      data = matter(readFileSync(file, 'utf8')).data as Record<string, unknown>;
    } catch {
      // An article the linter would reject still has a slug; show it by that.
    }
    const slug = slugOf(file);
    articles.set(slug, {
      slug,
      title: typeof data.title === 'string' ? data.title : slug,
      keywords: Array.isArray(data.keywords) ? data.keywords.filter((k): k is string => typeof k === 'string') : [],
      status: typeof data.status === 'string' ? data.status : 'published',
      owner: typeof data.owner === 'string' ? data.owner : null,
    });
  }
  return articles;
}

/** A cached index of the KB at `contentDir` (an empty one without a folder). */
export function articleIndex(contentDir: string | undefined, now: () => number = Date.now): () => Map<string, IndexedArticle> {
  let cached: Map<string, IndexedArticle> | undefined;
  let readAt = 0;
  return () => {
    if (!contentDir) return new Map();
    if (!cached || now() - readAt > MAX_AGE_MS) {
      try {
        cached = readIndex(contentDir);
      } catch {
        cached ??= new Map();
      }
      readAt = now();
    }
    return cached;
  };
}

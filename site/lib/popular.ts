/**
 * The analytics export the home page reads at build time for its "Popular"
 * and "Most helpful" lists. When no export exists the lists fall back to the
 * most recently updated articles, so a new help center still has a home page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { ArticleRecord } from './article-list.ts';
import { listedArticles, recentlyUpdated } from './article-list.ts';
import { redirectsFor } from './redirects.ts';

const slug = z.string().min(1).max(200).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an article slug');

/** `data/popular.json`, as written by the analytics export. */
export const popularExportSchema = z.strictObject({
  generated_at: z.iso.datetime({ offset: true }),
  articles: z
    .array(
      z.strictObject({
        article: slug,
        views: z.int().min(0),
        /** yes / (yes + no) over the export's period; null when nobody voted. */
        helpful_share: z.number().min(0).max(1).nullable(),
        /** Votes behind `helpful_share`; when given, few votes keep an article off "Most helpful". */
        votes: z.int().min(0).optional(),
      }),
    )
    .max(100_000),
});

export type PopularExport = z.infer<typeof popularExportSchema>;

/** Reads and validates the export; `undefined` when the file does not exist. Throws with the file and the problem otherwise. */
export function readPopularExport(file: string): PopularExport | undefined {
  if (!existsSync(file)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message}). Fix: re-run the analytics export, or delete the file to list recent articles instead.`);
  }
  const result = popularExportSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join('.') || '(root)';
    throw new Error(`${file}: ${where} ${issue?.message ?? 'is invalid'}. Fix: re-run the analytics export, or delete the file to list recent articles instead.`);
  }
  return result.data;
}

export interface HomeList {
  articles: ArticleRecord[];
  /** True when the list comes from analytics, false when it fell back to update dates. */
  fromAnalytics: boolean;
}

export interface HomeLists {
  popular: HomeList;
  helpful: HomeList;
}

export interface HomeListOptions {
  count: number;
  minVotes: number;
}

/**
 * The home page lists. Export rows name articles by slug or by an old alias
 * (renamed articles keep their numbers); drafts, archived and unknown slugs
 * are skipped. Either list falls back to recent articles when it comes out empty.
 */
export function homeLists(list: readonly ArticleRecord[], data: PopularExport | undefined, options: HomeListOptions): HomeLists {
  const recent = recentlyUpdated(list, options.count);
  const fallback: HomeList = { articles: recent, fromAnalytics: false };
  if (!data) return { popular: fallback, helpful: fallback };
  const listed = new Map(listedArticles(list).map((a) => [a.slug, a]));
  const aliasTo = new Map(redirectsFor(list).map((r) => [r.from, r.to]));
  const rows = new Map<string, { article: ArticleRecord; views: number; share: number | null; votes: number | undefined }>();
  for (const row of data.articles) {
    const article = listed.get(aliasTo.get(row.article) ?? row.article);
    if (!article) continue;
    const seen = rows.get(article.slug);
    // An alias and its article can both have rows: add the views, keep the better-supported share.
    if (seen) {
      seen.views += row.views;
      if ((row.votes ?? 0) > (seen.votes ?? 0)) Object.assign(seen, { share: row.helpful_share, votes: row.votes });
    } else {
      rows.set(article.slug, { article, views: row.views, share: row.helpful_share, votes: row.votes });
    }
  }
  const all = [...rows.values()];
  const popular = all
    .filter((r) => r.views > 0)
    .sort((a, b) => b.views - a.views || a.article.slug.localeCompare(b.article.slug))
    .slice(0, options.count)
    .map((r) => r.article);
  const helpful = all
    .filter((r) => r.share !== null && (r.votes === undefined || r.votes >= options.minVotes))
    .sort((a, b) => (b.share ?? 0) - (a.share ?? 0) || b.views - a.views || a.article.slug.localeCompare(b.article.slug))
    .slice(0, options.count)
    .map((r) => r.article);
  return {
    popular: popular.length > 0 ? { articles: popular, fromAnalytics: true } : fallback,
    helpful: helpful.length > 0 ? { articles: helpful, fromAnalytics: true } : fallback,
  };
}

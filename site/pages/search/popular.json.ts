/**
 * The few articles the search "no results" state offers, loaded only when a
 * search comes back empty, so no page carries the list in its HTML.
 */
import type { APIRoute } from 'astro';
import { kbContext } from '../../lib/kb-context.ts';
import { loadArticles } from '../../lib/load-articles.ts';
import { homeLists, readPopularExport } from '../../lib/popular.ts';
import { sitePaths } from '../../lib/site-paths.ts';

export const GET: APIRoute = async () => {
  const { config, popularFile } = kbContext();
  const paths = sitePaths(import.meta.env.BASE_URL);
  const lists = homeLists(await loadArticles(), readPopularExport(popularFile), {
    count: config.site.popular_count,
    minVotes: config.site.helpful_min_votes,
  });
  const body = lists.popular.articles.map((a) => ({ slug: a.slug, title: a.data.title, url: paths.article(a.slug) }));
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};

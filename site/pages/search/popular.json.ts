/**
 * The few articles the search "no results" state offers, loaded only when a
 * search comes back empty, so no page carries the list in its HTML.
 */
import type { APIRoute } from 'astro';
import { loadHomeLists } from '../../lib/load-home-lists.ts';
import { sitePaths } from '../../lib/site-paths.ts';

export const GET: APIRoute = async () => {
  const paths = sitePaths(import.meta.env.BASE_URL);
  const lists = await loadHomeLists();
  const body = lists.popular.articles.map((a) => ({ slug: a.slug, title: a.data.title, url: paths.article(a.slug) }));
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};

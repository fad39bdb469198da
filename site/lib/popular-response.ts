/**
 * `search/popular.json` of a locale: the "Popular" list of the home page
 * as the search's "no results" state offers it, each article as that
 * locale's page (its translation, or its fallback page).
 */
import { inLocale } from './article-list.ts';
import { loadArticlesIn } from './load-articles.ts';
import { loadHomeLists } from './load-home-lists.ts';
import { pageLocaleFor } from './page-locale.ts';

export async function popularResponse(code: string): Promise<Response> {
  const { paths, isDefault } = pageLocaleFor(code);
  const lists = await loadHomeLists();
  const articles = inLocale(lists.popular.articles, await loadArticlesIn(code, isDefault));
  const body = articles.map((a) => ({ slug: a.slug, title: a.data.title, url: paths.article(a.slug) }));
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
}

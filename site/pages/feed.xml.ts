/** `/feed.xml`: the Atom feed of recently updated articles (see `lib/atom-feed.ts`). */
import type { APIRoute } from 'astro';
import { recentlyUpdated } from '../lib/article-list.ts';
import { atomFeed, FEED_SIZE } from '../lib/atom-feed.ts';
import { kbContext } from '../lib/kb-context.ts';
import { loadArticles } from '../lib/load-articles.ts';
import { sitePaths } from '../lib/site-paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const { config } = kbContext();
  const paths = sitePaths(import.meta.env.BASE_URL);
  const absolute = (p: string) => new URL(p, site).href;
  const titles = new Map(config.categories.map((c) => [c.id, c.title]));
  const xml = atomFeed(recentlyUpdated(await loadArticles(), FEED_SIZE), {
    title: config.site.name,
    siteUrl: absolute(paths.home()),
    feedUrl: absolute(paths.asset('feed.xml')),
    language: config.site.language,
    articleUrl: (slug) => absolute(paths.article(slug)),
    categoryTitle: (id) => titles.get(id) ?? id,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

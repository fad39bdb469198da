/** sitemap.xml: home, category pages and every published article with its last update. */
import type { APIRoute } from 'astro';
import { categoryArticles, listedArticles } from '../lib/article-list.ts';
import { kbContext } from '../lib/kb-context.ts';
import { loadArticles } from '../lib/load-articles.ts';
import { sitePaths } from '../lib/site-paths.ts';

function entry(loc: string, lastmod?: string): string {
  return `<url><loc>${loc.replace(/&/g, '&amp;')}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
}

export const GET: APIRoute = async ({ site }) => {
  const { config } = kbContext();
  const paths = sitePaths(import.meta.env.BASE_URL);
  const articles = await loadArticles();
  const absolute = (p: string) => new URL(p, site).href;
  const urls = [entry(absolute(paths.home())), entry(absolute(paths.categories()))];
  for (const category of config.categories) {
    const pages = Math.max(1, Math.ceil(categoryArticles(articles, category.id).length / config.site.category_page_size));
    for (let n = 1; n <= pages; n++) urls.push(entry(absolute(paths.category(category.id, n))));
  }
  for (const a of listedArticles(articles).sort((x, y) => x.slug.localeCompare(y.slug))) {
    urls.push(entry(absolute(paths.article(a.slug)), a.data.last_updated));
  }
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};

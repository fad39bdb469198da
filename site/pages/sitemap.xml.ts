/**
 * sitemap.xml: home, category pages and every published article with its
 * last update, in every locale. Each page lists its versions in the other
 * locales as `xhtml:link rel="alternate" hreflang` (Google's format for
 * multilingual sites); an article lists only the locales it is translated
 * into, and fallback pages (a source shown in another locale) are left out.
 */
import type { APIRoute } from 'astro';
import { categoryArticles, listedArticles } from '../lib/article-list.ts';
import { kbContext } from '../lib/kb-context.ts';
import { loadArticlesIn } from '../lib/load-articles.ts';
import { pageLocaleFor, siteLocales } from '../lib/page-locale.ts';
import type { SitePaths } from '../lib/site-paths.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;');

export const GET: APIRoute = async ({ site }) => {
  const { config } = kbContext();
  const locales = siteLocales().all.map((l) => pageLocaleFor(l.code));
  const absolute = (p: string) => new URL(p, site).href;
  const urls: string[] = [];
  /** One page in each locale that has it, each naming all of them. */
  const add = (codes: readonly string[], at: (paths: SitePaths) => string, lastmod: (code: string) => string | undefined = () => undefined) => {
    const versions = locales.filter((l) => codes.includes(l.code)).map((l) => ({ code: l.code, loc: absolute(at(l.paths)) }));
    const links = versions.length > 1 ? versions.map((v) => `<xhtml:link rel="alternate" hreflang="${v.code}" href="${escape(v.loc)}"/>`).join('') : '';
    for (const v of versions) {
      const modified = lastmod(v.code);
      urls.push(`<url><loc>${escape(v.loc)}</loc>${modified ? `<lastmod>${modified}</lastmod>` : ''}${links}</url>`);
    }
  };
  const all = locales.map((l) => l.code);
  add(all, (p) => p.home());
  add(all, (p) => p.categories());
  const articlesBy = new Map(await Promise.all(locales.map(async (l) => [l.code, await loadArticlesIn(l.code, l.isDefault)] as const)));
  const sources = articlesBy.get(locales[0]?.code ?? '') ?? [];
  for (const category of config.categories) {
    const pages = Math.max(1, Math.ceil(categoryArticles(sources, category.id).length / config.site.category_page_size));
    for (let n = 1; n <= pages; n++) add(all, (p) => p.category(category.id, n));
  }
  for (const a of listedArticles(sources).sort((x, y) => x.slug.localeCompare(y.slug))) {
    const own = (code: string) => articlesBy.get(code)?.find((b) => b.slug === a.slug);
    const written = all.filter((code) => {
      const record = own(code);
      return record !== undefined && !record.fallback && record.data.status === 'published';
    });
    add(written, (p) => p.article(a.slug), (code) => own(code)?.data.last_updated);
  }
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};

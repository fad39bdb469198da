/**
 * Every address the site links to, in one place, so a help center served
 * under a sub-path (`site.url: https://example.com/help/`) links correctly.
 */

/** The base path from the configured site URL: always starts and ends with "/". */
export function basePathOf(siteUrl: string): string {
  const pathname = new URL(siteUrl).pathname;
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

export interface SitePaths {
  base: string;
  home(): string;
  categories(): string;
  /** Category pages live under /categories/, so no category id can take a site address such as /api/ or /search/. */
  category(id: string, page?: number): string;
  article(slug: string, anchor?: string): string;
  search(query?: string): string;
  contact(article?: string): string;
  asset(file: string): string;
}

/**
 * Address builders for a base path such as "/" or "/help/". With `locale`
 * (a non-default locale's code) every page lives under `/<code>/`; assets
 * (brand files, the feed, Pagefind) stay shared.
 */
export function sitePaths(basePath: string, locale?: string): SitePaths {
  const root = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const base = locale ? `${root}${locale}/` : root;
  return {
    base,
    home: () => base,
    categories: () => `${base}categories/`,
    category: (id, page = 1) => (page > 1 ? `${base}categories/${id}/${page}/` : `${base}categories/${id}/`),
    article: (slug, anchor) => `${base}articles/${slug}/${anchor ? `#${encodeURIComponent(anchor)}` : ''}`,
    search: (query) => `${base}search/${query ? `?q=${encodeURIComponent(query)}` : ''}`,
    contact: (article) => `${base}contact/${article ? `?article=${encodeURIComponent(article)}` : ''}`,
    asset: (file) => `${root}${file.replace(/^\//, '')}`,
  };
}

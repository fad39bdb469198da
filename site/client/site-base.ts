/** The site's base path ("/" or "/help/"), as the layout writes it on <html data-base>. */
export function siteBase(): string {
  const base = document.documentElement.dataset.base ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** Where this page's locale keeps its pages ("/de/" for German, the base path for the default locale). */
export function pagesBase(): string {
  const base = document.documentElement.dataset.pages ?? siteBase();
  return base.endsWith('/') ? base : `${base}/`;
}

/** The site's base path ("/" or "/help/"), as the layout writes it on <html data-base>. */
export function siteBase(): string {
  const base = document.documentElement.dataset.base ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

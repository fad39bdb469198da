/**
 * Adds the search stylesheet when search first opens. Imported as a URL, not
 * as CSS, so Astro does not link it from every page that could open search.
 */
import href from './search.css?url';

export function loadSearchStyles(): void {
  if (document.querySelector(`link[data-search-styles]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.dataset.searchStyles = '';
  document.head.append(link);
}

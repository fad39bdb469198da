/**
 * /search/?q=…&category=…: the search panel as a page. The address mirrors
 * the query and filters, so a search can be bookmarked or shared.
 */
import { loadSearchStyles } from './search-styles.ts';
import { filterKeys, type SearchFilters } from './search-engine.ts';
import { createSearchPanel } from './search-panel.ts';

export function mountSearchPage(root: HTMLElement): void {
  loadSearchStyles();
  const params = new URLSearchParams(location.search);
  const filters: SearchFilters = {};
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const panel = createSearchPanel({
    query: params.get('q') ?? '',
    filters,
    onSearch(query, active) {
      const next = new URLSearchParams();
      if (query) next.set('q', query);
      for (const key of filterKeys) if (active[key]) next.set(key, active[key]);
      const search = next.toString();
      history.replaceState(null, '', search ? `?${search}` : location.pathname);
    },
  });
  root.replaceChildren(panel.element);
  panel.input.focus();
}

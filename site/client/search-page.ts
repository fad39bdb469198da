/**
 * /search/?q=…&category=…: the search panel as a page. The address mirrors
 * the query and filters, so a search can be bookmarked or shared. Filter
 * values may be config ids (`category=billing-and-account`) or the labels
 * the filter menus show (`category=Billing and account`); the address is
 * rewritten with ids.
 */
import { loadSearchStyles } from './search-styles.ts';
import { filterKeys, type FilterKey, type SearchFilters } from './search-engine.ts';
import { createSearchPanel } from './search-panel.ts';

type Labels = Partial<Record<FilterKey, Record<string, string>>>;

function readLabels(root: HTMLElement): Labels {
  try {
    return JSON.parse(root.dataset.filterLabels ?? '{}') as Labels;
  } catch {
    return {};
  }
}

/** The filter label for a URL value: an id is looked up (any case), a label kept. */
export function labelFor(labels: Labels, key: FilterKey, value: string): string {
  const ids = labels[key] ?? {};
  return ids[value] ?? ids[value.toLowerCase()] ?? value;
}

function idFor(labels: Labels, key: FilterKey, label: string): string {
  return Object.entries(labels[key] ?? {}).find(([, l]) => l === label)?.[0] ?? label;
}

export function mountSearchPage(root: HTMLElement): void {
  loadSearchStyles();
  const labels = readLabels(root);
  const params = new URLSearchParams(location.search);
  const filters: SearchFilters = {};
  for (const key of filterKeys) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = labelFor(labels, key, value);
  }
  const panel = createSearchPanel({
    query: params.get('q') ?? '',
    filters,
    onSearch(query, active) {
      const next = new URLSearchParams();
      if (query) next.set('q', query);
      for (const key of filterKeys) if (active[key]) next.set(key, idFor(labels, key, active[key]));
      const search = next.toString();
      history.replaceState(null, '', search ? `?${search}` : location.pathname);
    },
  });
  root.replaceChildren(panel.element);
  panel.input.focus();
}

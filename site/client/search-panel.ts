/**
 * The search box, filters and results, shared by the search dialog and the
 * search page. Results are plain links (so they open in new tabs and read
 * as links); the arrow keys move focus from the box through the results and
 * back, Enter opens the focused result, typing returns to the box.
 */
import type { UiKey } from '../../plugins/locale/ui-strings.ts';
import { trackSearch, trackSearchClick } from '../lib/tracker/index.ts';
import { h, uniqueId } from './dom.ts';
import { rememberSearch } from './last-search.ts';
import { moveBetweenResults } from './result-arrows.ts';
import { popularArticles } from './popular-articles.ts';
import { cancelSearches, filterKeys, filterValues, prepareSearch, searchArticles, type FilterKey, type SearchFilters, type SearchHit, type SearchOutcome } from './search-engine.ts';
import { pagesBase } from './site-base.ts';
import { uiCount, uiParts, uiText } from './ui-text.ts';

const filterLabels: Record<FilterKey, [UiKey, UiKey]> = {
  category: ['filter_category', 'all_categories'],
  area: ['filter_area', 'filter_all_areas'],
  difficulty: ['difficulty', 'filter_any_difficulty'],
  plan: ['filter_plan', 'filter_all_plans'],
};

export interface SearchPanelOptions {
  query?: string;
  filters?: SearchFilters;
  /** Called after each search with what was searched (the search page mirrors it in the URL). */
  onSearch?: (query: string, filters: SearchFilters) => void;
}

export interface SearchPanel {
  element: HTMLElement;
  input: HTMLInputElement;
  /** Runs the search for the current input and filters (`typing`: right after a keystroke). */
  refresh(typing?: boolean): void;
}

export function createSearchPanel(options: SearchPanelOptions = {}): SearchPanel {
  const listId = uniqueId('search-results');
  const hintId = uniqueId('search-hint');
  const input = h('input', {
    id: uniqueId('search-input'),
    type: 'search',
    'aria-describedby': hintId,
    autocomplete: 'off',
    maxlength: '200',
    dir: 'auto',
    placeholder: uiText('search_placeholder'),
  });
  input.value = options.query ?? '';
  const selects = new Map<FilterKey, HTMLSelectElement>();
  const filterRow = h('div', { class: 'search-filters' });
  for (const key of filterKeys) {
    const [label, all] = filterLabels[key];
    const select = h('select', { id: uniqueId(`search-${key}`), 'data-filter': key }, h('option', { value: '' }, uiText(all)));
    const wanted = options.filters?.[key];
    if (wanted) select.append(h('option', { value: wanted, selected: true }, wanted));
    selects.set(key, select);
    filterRow.append(h('label', { for: select.id }, h('span', {}, uiText(label)), select));
  }
  const status = h('p', { class: 'search-status', role: 'status' });
  const hint = h('p', { id: hintId, class: 'visually-hidden' }, uiText('search_results_hint'));
  const list = h('ul', { id: listId, 'aria-label': uiText('search_results'), class: 'search-results' });
  const more = h('button', { type: 'button', class: 'button button-secondary', hidden: true }, uiText('show_more_results'));
  const empty = h('div', { class: 'search-empty', hidden: true });
  const element = h(
    'div',
    { class: 'search-panel' },
    h('label', { for: input.id, class: 'visually-hidden' }, uiText('search_label')),
    input,
    hint,
    filterRow,
    status,
    list,
    more,
    empty,
  );

  let outcome: SearchOutcome | undefined;
  let hits: SearchHit[] = [];

  const currentFilters = (): SearchFilters => {
    const filters: SearchFilters = {};
    for (const [key, select] of selects) if (select.value) filters[key] = select.value;
    return filters;
  };

  const appendHits = (next: SearchHit[]) => {
    for (const hit of next) {
      const position = hits.length + 1;
      hits.push(hit);
      const excerpt = h('span', { class: 'hit-excerpt' }, ...hit.excerpt.map((part) => (part.mark ? h('mark', {}, part.text) : part.text)));
      const link = h('a', { href: hit.url }, h('span', { class: 'hit-title' }, hit.title), h('span', { class: 'hit-category' }, hit.category), excerpt);
      link.addEventListener('click', () => trackSearchClick(input.value.trim(), hit.slug, position));
      list.append(h('li', {}, link));
    }
    // Only when more results exist than are shown: never for none or one.
    more.hidden = !outcome || hits.length >= outcome.total;
  };

  const showEmpty = async (query: string, noWords: boolean) => {
    const contact = h('a', { href: `${pagesBase()}contact/` }, uiText('contact_support'));
    const advice = uiText(noWords ? 'search_advice_no_words' : 'search_advice');
    empty.replaceChildren(h('p', {}, ...uiParts('search_no_match', { query: h('bdi', {}, query) }), ` ${advice}`), h('p', {}, contact));
    empty.hidden = false;
    const popular = await popularArticles();
    if (popular.length > 0 && !empty.hidden) {
      const title = h('h3', { id: uniqueId('popular') }, uiText('popular_articles'));
      empty.append(title, h('ul', { 'aria-labelledby': title.id }, ...popular.map((a) => h('li', {}, h('a', { href: a.url }, a.title)))));
    }
  };

  const render = (result: SearchOutcome) => {
    outcome = result;
    hits = [];
    // A result the reader had focused is about to go: keep their place in the box instead of losing focus.
    if (list.contains(document.activeElement)) input.focus();
    list.replaceChildren();
    list.dataset.query = result.query;
    empty.hidden = true;
    appendHits(result.hits);
    const searched = result.query !== '' || Object.keys(result.filters).length > 0;
    if (!searched) {
      status.textContent = '';
    } else if (result.total === 0) {
      status.textContent = uiText('no_results');
      void showEmpty(result.query || uiText('search_these_filters'), result.noWords);
    } else {
      const count = uiCount('result_count_one', 'result_count_other', result.total);
      status.textContent = result.corrected ? uiText('showing_results_for', { query: result.corrected, count }) : `${count}.`;
    }
    showFilterCounts(result);
    if (result.query !== '') {
      rememberSearch(result.query);
      trackSearch(result.query, result.total);
    }
    options.onSearch?.(result.query, result.filters);
  };

  const updateFilterCounts = (counts: Record<string, Record<string, number>>) => {
    for (const [key, select] of selects) {
      const values = counts[key];
      if (!values) continue;
      for (const option of select.options) {
        if (!option.value) continue;
        const n = values[option.value] ?? 0;
        option.textContent = `${option.value} (${n})`;
      }
    }
  };

  /** Shows the result counts of `result` in the filter menus, unless newer results replaced it meanwhile. */
  const showFilterCounts = (result: SearchOutcome) => {
    void result.filterCounts().then((counts) => {
      if (outcome === result) updateFilterCounts(counts);
    }, () => undefined);
  };

  /** `typing`: the search follows a keystroke, so the last word may be unfinished. */
  const refresh = (typing = false) => {
    const text = input.value.trim();
    if ([...text].length === 1) {
      // One letter matches nothing useful: wait for more instead of showing "No results".
      cancelSearches();
      outcome = undefined;
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      status.textContent = uiText('search_keep_typing');
      return;
    }
    const caretAtEnd = input.selectionStart === null || input.selectionStart === input.value.length;
    void searchArticles(input.value, currentFilters(), { typing: typing && caretAtEnd }).then((result) => {
      if (result) render(result);
    }, () => {
      status.textContent = uiText('search_unavailable');
    });
  };

  input.addEventListener('input', () => refresh(true));
  for (const select of selects.values()) select.addEventListener('change', () => refresh());
  more.addEventListener('click', () => {
    void outcome?.more().then(appendHits);
  });
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links().length > 0) {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Enter' && links().length > 0) {
      event.preventDefault();
      links()[0]?.click();
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    if (moveBetweenResults(event, input, all, index)) return;
    if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      all[event.key === 'Home' ? 0 : all.length - 1]?.focus();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      input.focus(); // Typing goes back to the search box; the key lands there.
    }
  });

  prepareSearch();
  // A page opened with a query or filters (`/search/?q=`) searches at once, while Pagefind loads.
  if (input.value.trim() !== '' || Object.keys(currentFilters()).length > 0) refresh();
  // Fill the filter menus once; a failure leaves them at "All", and search still works.
  void filterValues().then((all) => {
    const before = JSON.stringify(currentFilters());
    for (const [key, select] of selects) {
      const wanted = options.filters?.[key];
      select.replaceChildren(select.options[0] as HTMLOptionElement);
      for (const value of Object.keys(all[key] ?? {}).sort((a, b) => a.localeCompare(b))) {
        select.append(h('option', { value, selected: value === wanted }, `${value} (${all[key]?.[value] ?? 0})`));
      }
    }
    // Only a filter the page asked for (`?category=`) changes the search already running for what was typed; restarting it would make the first results wait.
    if (JSON.stringify(currentFilters()) !== before) {
      refresh();
    } else if (outcome) {
      showFilterCounts(outcome);
    }
  }, () => undefined);

  return { element, input, refresh };
}

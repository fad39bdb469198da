/**
 * The home page's search box with live results: the site's one search
 * (`search-engine.ts`, loaded on the first keystroke) shows the best five
 * articles under the box as the customer types, and "See all results"
 * opens the search page. Enter without choosing a result submits the form
 * to the search page, as it does without JavaScript. ↓ moves into the
 * results, ↑ back; Escape clears them.
 */
import { trackSearch, trackSearchClick } from '../lib/tracker/index.ts';
import { h } from './dom.ts';
import { moveBetweenResults } from './result-arrows.ts';
import { uiCount, uiText } from './ui-text.ts';

const SHOWN = 5;

type Engine = typeof import('./search-engine.ts');
let engine: Promise<Engine> | undefined;

export function mountHomeSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const list = root.querySelector<HTMLUListElement>('[data-home-results]');
  const status = root.querySelector<HTMLElement>('[data-home-status]');
  if (!form || !input || !list || !status) return;
  input.setAttribute('aria-describedby', 'home-search-hint');
  root.append(h('p', { id: 'home-search-hint', class: 'visually-hidden' }, uiText('home_search_hint')));

  const clear = () => {
    list.hidden = true;
    list.replaceChildren();
    status.textContent = '';
  };
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];

  input.addEventListener('input', () => {
    const text = input.value.trim();
    if ([...text].length < 2) {
      engine?.then((m) => m.cancelSearches(), () => undefined);
      clear();
      return;
    }
    engine ??= import('./search-engine.ts');
    void engine
      .then((m) => m.searchArticles(input.value, {}, { pageSize: SHOWN, typing: true }))
      .then((result) => {
        if (!result) return;
        trackSearch(result.query, result.total);
        if (result.total === 0) {
          list.replaceChildren(h('li', {}, h('a', { href: `${form.action}?q=${encodeURIComponent(result.query)}` }, uiText('home_no_match_link', { query: result.query }))));
          list.hidden = false;
          status.textContent = uiText('no_articles_match');
          return;
        }
        const items = result.hits.map((hit, i) => {
          const link = h('a', { href: hit.url }, h('span', { class: 'hit-title' }, hit.title), h('span', { class: 'hit-category' }, hit.category));
          link.addEventListener('click', () => trackSearchClick(result.query, hit.slug, i + 1));
          return h('li', {}, link);
        });
        const all = h('a', { href: `${form.action}?q=${encodeURIComponent(result.query)}`, class: 'all-results' }, uiCount('see_all_results_one', 'see_all_results_other', result.total));
        list.replaceChildren(...items, h('li', {}, all));
        list.hidden = false;
        status.textContent = uiCount('home_matches_one', 'home_matches_other', result.total);
      })
      .catch(() => clear());
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !list.hidden) {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Escape') {
      clear();
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    if (moveBetweenResults(event, input, all, index)) return;
    if (event.key === 'Escape') {
      input.focus();
      clear();
    }
  });
}

/**
 * The search dialog every page opens with "/" or Ctrl-K. Loaded on demand
 * with its styles and Pagefind, so pages that never search never pay for it.
 */
import { loadSearchStyles } from './search-styles.ts';
import { h } from './dom.ts';
import { createSearchPanel, type SearchPanel } from './search-panel.ts';
import { uiText } from './ui-text.ts';

let dialog: HTMLDialogElement | undefined;
let panel: SearchPanel | undefined;

function build(): HTMLDialogElement {
  panel = createSearchPanel();
  const close = h('button', { type: 'button', class: 'button button-secondary search-close' }, uiText('close'));
  const created = h(
    'dialog',
    { class: 'search-dialog', 'aria-labelledby': 'search-dialog-title' },
    h('div', { class: 'search-dialog-head' }, h('h2', { id: 'search-dialog-title' }, uiText('search_label')), close),
    panel.element,
  );
  close.addEventListener('click', () => created.close());
  // Escape closes the dialog at once; in a search box it would first only clear the query.
  created.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      created.close();
    },
    true,
  );
  // A click on the backdrop (outside the box) closes, like Escape.
  created.addEventListener('click', (event) => {
    if (event.target === created) created.close();
  });
  document.body.append(created);
  return created;
}

/** Opens the dialog (building it on first use) with the search box focused; `typed` is text typed before it opened. */
export function openSearchDialog(typed = ''): void {
  loadSearchStyles();
  dialog ??= build();
  if (!dialog.open) dialog.showModal();
  if (!panel) return;
  panel.input.focus();
  if (typed) {
    panel.input.value = typed;
    panel.refresh();
  } else {
    panel.input.select();
  }
}

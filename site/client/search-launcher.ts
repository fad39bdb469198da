/**
 * Opens the search dialog from anywhere: "/" (outside text fields) or
 * Ctrl-K / ⌘K, and the header's Search link, which becomes a button. The
 * dialog code is imported on first use only.
 */
let loading: Promise<typeof import('./search-dialog.ts')> | undefined;

function open(): void {
  // Keys typed while the dialog code loads would be lost: keep them for the search box.
  let typed = '';
  const capture = (event: KeyboardEvent) => {
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      typed += event.key;
      event.preventDefault();
    }
  };
  document.addEventListener('keydown', capture, true);
  loading ??= import('./search-dialog.ts');
  void loading
    .then((m) => m.openSearchDialog(typed))
    .finally(() => document.removeEventListener('keydown', capture, true));
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Binds the keyboard shortcuts and turns `[data-search-open]` links into dialog buttons. */
export function bindSearchLauncher(): void {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey) return;
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
    if (shortcut || slash) {
      event.preventDefault();
      open();
    }
  });
  for (const link of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
    const button = document.createElement('button');
    // Same attributes (class, scoped-style marker, shortcuts) minus the link's own.
    for (const { name, value } of link.attributes) if (name !== 'href') button.setAttribute(name, value);
    button.type = 'button';
    button.setAttribute('aria-haspopup', 'dialog');
    button.append(...link.childNodes);
    button.addEventListener('click', open);
    link.replaceWith(button);
  }
}

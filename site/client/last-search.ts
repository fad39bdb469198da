/**
 * The customer's last search in this tab, handed to the contact form so a
 * ticket says what they looked for. sessionStorage: gone when the tab closes.
 */
const KEY = 'kb-last-search';

export function rememberSearch(query: string): void {
  const trimmed = query.trim();
  if (trimmed.length < 2) return;
  try {
    sessionStorage.setItem(KEY, trimmed.slice(0, 200));
  } catch {
    // Storage can be disabled; the contact form then simply has no last search.
  }
}

export function lastSearch(): string {
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

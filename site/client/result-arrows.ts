/**
 * ↓ and ↑ in a list of result links under a search box, the same in the
 * search dialog and under the home page's box: move to the next or the
 * previous result, and from the first one back to the box.
 */

/** Handles ↓/↑ on the result at `index` of `links`; returns whether the key was one of them. */
export function moveBetweenResults(event: KeyboardEvent, input: HTMLInputElement, links: readonly HTMLAnchorElement[], index: number): boolean {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return false;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? Math.min(index + 1, links.length - 1) : index - 1;
  (next < 0 ? input : links[next])?.focus();
  return true;
}

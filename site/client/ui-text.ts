/**
 * The interface words browser scripts write, in the page's language. The
 * page carries them as JSON blocks (`<script type="application/json"
 * data-ui-strings>`, rendered by `components/client-strings.astro` with the
 * keys of `lib/client-ui-keys.ts`), so no script holds English text and a
 * German page's scripts write German.
 */
import { fill, fillParts } from '../../plugins/locale/placeholders.ts';
import type { UiKey } from '../../plugins/locale/ui-strings.ts';

let strings: Partial<Record<UiKey, string>> | undefined;

function pageStrings(): Partial<Record<UiKey, string>> {
  if (strings) return strings;
  strings = {};
  for (const block of document.querySelectorAll('script[data-ui-strings]')) {
    try {
      Object.assign(strings, JSON.parse(block.textContent ?? '{}'));
    } catch {
      // A broken block leaves its keys out; they show as their names, which a test of every page's keys catches.
    }
  }
  return strings;
}

/** The text of `key`, placeholders filled; the key itself when the page did not carry it. */
export function uiText(key: UiKey, values?: Readonly<Record<string, string>>): string {
  const text = pageStrings()[key] ?? key;
  return values ? fill(text, values) : text;
}

/** The text of `key` as parts, with elements in place of placeholders: `uiParts('contact_sent', { id: codeElement })`. */
export function uiParts(key: UiKey, values: Readonly<Record<string, string | Node>>): Array<string | Node> {
  return fillParts(pageStrings()[key] ?? key, values);
}

/** "1 result" or "{count} results": the `_one` text for 1, the `_other` text filled with the count otherwise. */
export function uiCount(one: UiKey, other: UiKey, count: number): string {
  return count === 1 ? uiText(one) : uiText(other, { count: String(count) });
}

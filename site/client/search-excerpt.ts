/**
 * The excerpt under a search result: the passage of the article where the
 * query's words matched, with those words marked. Built as plain parts
 * (text, or text to mark) that the page turns into text nodes and `<mark>`
 * elements, never into HTML, so an article or a query can never inject
 * markup. Word positions are Pagefind's: an index into the page's text
 * split on white space.
 */
import { stem } from '../../plugins/text/stem.ts';
import { tokenize } from '../../plugins/text/tokenize.ts';

export interface TextPart {
  text: string;
  mark: boolean;
}

/** Words in an excerpt. */
export const EXCERPT_WORDS = 26;

function joinParts(words: ReadonlyArray<{ text: string; mark: boolean }>, before: boolean, after: boolean): TextPart[] {
  const parts: TextPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (before) push('… ', false);
  words.forEach((word, i) => {
    if (i > 0) push(' ', false);
    push(word.text, word.mark);
  });
  if (after) push(' …', false);
  return parts;
}

/**
 * The `length` words of `content` around the densest run of `locations` at
 * or after position `from` (the start of the article's body: the title and
 * summary are shown on their own), or undefined when no location is there.
 */
export function excerptAround(content: string, locations: readonly number[], from: number, length = EXCERPT_WORDS): TextPart[] | undefined {
  const words = content.split(/[\r\n\s]+/g);
  const marked = new Set(locations.filter((l) => l >= from && l < words.length));
  if (marked.size === 0) return undefined;
  const sorted = [...marked].sort((a, b) => a - b);
  // The window that holds the most matches; on a tie, the earliest.
  let bestStart = sorted[0] as number;
  let bestCount = 0;
  for (const first of sorted) {
    const count = sorted.filter((l) => l >= first && l < first + length).length;
    if (count > bestCount) {
      bestCount = count;
      bestStart = first;
    }
  }
  const start = Math.max(from, Math.min(bestStart - Math.floor(length / 4), words.length - length));
  const end = Math.min(words.length, start + length);
  const slice = words.slice(start, end).map((text, i) => ({ text, mark: marked.has(start + i) }));
  return joinParts(slice, start > from, end < words.length);
}

/** `text` with every word that a searched term matches marked: same stem, or starting with it as Pagefind matches. */
export function markTerms(text: string, terms: readonly string[], language = 'en'): TextPart[] {
  const stems = terms.map((term) => stem(term, language)).filter((s) => s.length > 0);
  const words = text.split(/\s+/g).filter(Boolean).map((chunk) => ({
    text: chunk,
    mark: tokenize(chunk).some((word) => stems.some((s) => word.startsWith(s) || stem(word, language) === s)),
  }));
  return joinParts(words, false, false);
}

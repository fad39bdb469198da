/**
 * Whether a word starts a sentence, judged from the source before it, so a
 * replacement there can be capitalized ("SSO is on" → "Single sign-on is on").
 */
const blockStart = /(?:^|\n)[ \t]*(?:[-*+]|\d{1,9}[.)]|>|#{1,6})?[ \t]*$/;
const afterStop = /[.!?]["'”’)\]]?[ \t\r\n]*$/;
const paragraphStart = /\n[ \t]*\r?\n[ \t]*$/;

/** True when the text at `offset` in `source` starts a sentence or a block. */
export function atSentenceStart(source: string, offset: number): boolean {
  const before = source.slice(Math.max(0, offset - 200), offset);
  if (before.trim() === '' && offset < 200) return true;
  if (afterStop.test(before) || paragraphStart.test(before)) return true;
  const lineStart = before.lastIndexOf('\n');
  // The first line of a block: a list marker, a quote or a heading right before the word.
  return blockStart.test(before) && /^\n?[ \t]*(?:[-*+]|\d{1,9}[.)]|>|#{1,6})/.test(before.slice(Math.max(0, lineStart)));
}

/** Upper-cases the first letter. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

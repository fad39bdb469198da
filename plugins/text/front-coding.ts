/**
 * Sorted word lists, written compactly: each word as the number of leading
 * letters it shares with the word before (0-9) and the rest of it, one per
 * line ("cancel", "canceled" → "0cancel\n6ed"). Lists of common words
 * shrink to about half, gzipped or not. Pure, for the build and the
 * browser alike; words hold no digits or line breaks.
 */

/** `words` (sorted, no digits) front-coded. */
export function frontCode(words: readonly string[]): string {
  let previous = '';
  const lines: string[] = [];
  for (const word of words) {
    let shared = 0;
    while (shared < 9 && shared < word.length && shared < previous.length && word[shared] === previous[shared]) shared++;
    lines.push(`${shared}${word.slice(shared)}`);
    previous = word;
  }
  return lines.join('\n');
}

/** The words of a front-coded list. */
export function frontDecode(text: string): string[] {
  if (text === '') return [];
  let previous = '';
  return text.split('\n').map((line) => {
    const shared = Number(line[0]);
    previous = previous.slice(0, shared) + line.slice(1);
    return previous;
  });
}

/**
 * Characters that change how text looks without being seen: bidi overrides,
 * embeddings and isolates (U+202A-U+202E, U+2066-U+2069), which reorder
 * what a reader sees, and zero-width characters (U+200B, U+200C, U+200D,
 * U+2060, U+FEFF, U+180E), which hide words from filters and make two
 * equal-looking queries differ. Typed text refuses them, with two
 * exceptions that real writing needs: a zero-width joiner inside an emoji
 * sequence (👩‍💻, 🏳️‍🌈), and a joiner or non-joiner between two letters of a
 * script that spells with it (Persian می‌خواهم, Hindi क्‍ष). The marks
 * LRM/RLM/ALM (U+200E, U+200F, U+061C) only set direction and stay allowed.
 */

const CANDIDATE = /[\u200b-\u200d\u202a-\u202e\u2060\u2066-\u2069\ufeff\u180e]/u;
const SCAN = /[\u200b-\u200d\u202a-\u202e\u2060\u2066-\u2069\ufeff\u180e]/gu;
const PICTOGRAPH_BEFORE = /\p{Extended_Pictographic}[\u{1f3fb}-\u{1f3ff}\ufe0f\u20e3]*$/u;
const PICTOGRAPH_AFTER = /^\p{Extended_Pictographic}/u;
const JOINING_LETTER = /^[\p{L}\p{M}]$/u;
const LATIN_LIKE = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}]$/u;

/** The first invisible character `text` must not hold, as `U+XXXX at N`, or undefined. */
export function findInvisibleCharacter(text: string): string | undefined {
  if (!CANDIDATE.test(text)) return undefined;
  for (const match of text.matchAll(SCAN)) {
    const char = match[0];
    const at = match.index;
    if (char === '\u200d' && PICTOGRAPH_BEFORE.test(text.slice(Math.max(0, at - 8), at)) && PICTOGRAPH_AFTER.test(text.slice(at + 1, at + 3))) continue;
    if ((char === '\u200c' || char === '\u200d') && joinsLetters(text, at)) continue;
    return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at character ${at + 1}`;
  }
  return undefined;
}

function joinsLetters(text: string, at: number): boolean {
  const before = [...text.slice(Math.max(0, at - 2), at)].at(-1);
  const after = [...text.slice(at + 1, at + 3)][0];
  if (before === undefined || after === undefined) return false;
  return JOINING_LETTER.test(before) && JOINING_LETTER.test(after) && !LATIN_LIKE.test(before) && !LATIN_LIKE.test(after);
}

/**
 * Text folded for matching: Unicode-normalized (NFKC, so full-width letters
 * and ligatures read as plain ones), lower-cased, accents removed ("café"
 * matches "cafe", as Pagefind matches them) and typographic apostrophes read
 * as "'". Pure and dependency-free, so the browser's search runs it too.
 */

const MARKS = /\p{M}+/gu;
const APOSTROPHES = /[\u2018\u2019\u02BC\uFF07]/g;

/** `text` ready to compare: "Café’s" → "cafe's". */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, "'");
}

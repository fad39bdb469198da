/**
 * The fallback for questions typed as sentences: search each significant
 * word on its own and rank articles by how many of the words they contain,
 * then by Pagefind's score. Pure functions, so the ranking is tested
 * without a browser.
 */

// Words that carry no topic in a question; dropped only when a search found nothing.
const englishFillers = new Set(
  'a am an and are at be can could did do does for from get got has have how i i\'m in is it its me my of on or our should the this that to was we were what when where which why will with would you your'.split(' '),
);

/** The words of `query` worth searching for on their own (at most 8, in order, no repeats). */
export function searchTerms(query: string, language = 'en'): string[] {
  const english = language.toLowerCase().startsWith('en');
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((w) => w.replace(/^['-]+|['-]+$/g, ''))
    .filter((w) => w.length >= 2 && !(english && englishFillers.has(w)));
  return [...new Set(words)].slice(0, 8);
}

export interface ScoredResult {
  id: string;
  score: number;
}

/** One list from several single-word searches: most words matched first, then the highest summed score. */
export function mergeByMatchedTerms<T extends ScoredResult>(lists: ReadonlyArray<readonly T[]>): T[] {
  const merged = new Map<string, { result: T; matched: number; score: number }>();
  for (const list of lists) {
    for (const result of list) {
      const seen = merged.get(result.id);
      if (seen) {
        seen.matched += 1;
        seen.score += result.score;
      } else {
        merged.set(result.id, { result, matched: 1, score: result.score });
      }
    }
  }
  return [...merged.values()]
    .sort((a, b) => b.matched - a.matched || b.score - a.score || a.result.id.localeCompare(b.result.id))
    .map((x) => x.result);
}

/**
 * Exact matches first: a result whose title is the query, or one of whose
 * frontmatter keywords is the query, moves to the top of the results
 * Pagefind ranked. Pagefind's own metadata weights already favour titles and
 * keywords; this makes "the query is the title" deterministic.
 */

/** Lowercase, no punctuation, single spaces: "How do I export?" → "how do i export". */
export function normalizeQuery(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface RankableHit {
  title: string;
  keywords: readonly string[];
}

/** 0 = the title is the query, 1 = a keyword is the query, 2 = anything else. */
export function exactness(hit: RankableHit, query: string): number {
  const q = normalizeQuery(query);
  if (q === '') return 2;
  if (normalizeQuery(hit.title) === q) return 0;
  return hit.keywords.some((k) => normalizeQuery(k) === q) ? 1 : 2;
}

/** A stable re-order of `hits`: exact title matches, then exact keyword matches, then the rest as ranked. */
export function rankExactFirst<T extends RankableHit>(hits: readonly T[], query: string): T[] {
  return hits
    .map((hit, index) => ({ hit, index, rank: exactness(hit, query) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((x) => x.hit);
}

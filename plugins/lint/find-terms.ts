/**
 * Finds vocabulary terms in plain text (titles, summaries, prose), matching
 * whole words case-insensitively — except all-caps terms like "SSO", which
 * match only in capitals so the word "sso" inside a URL slug does not count.
 */
export interface TermHit {
  found: string;
  use: string;
  index: number;
}

const patterns = new Map<string, RegExp>();

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function patternFor(term: string, anyCase: boolean): RegExp {
  const key = `${anyCase ? 'i' : 'c'}${term}`;
  let pattern = patterns.get(key);
  if (!pattern) {
    const caps = !anyCase && term === term.toUpperCase() && /[A-Z]/.test(term);
    pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])${escape(term)}(?![\\p{L}\\p{N}_-])`, caps ? 'gu' : 'giu');
    if (patterns.size < 10_000) patterns.set(key, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/** Every occurrence of every term in `text`, in order (`anyCase`: all-caps terms match in any case too). */
export function findTerms(text: string, terms: ReadonlyArray<{ term: string; use: string }>, options: { anyCase?: boolean } = {}): TermHit[] {
  const hits: TermHit[] = [];
  const lower = text.toLowerCase();
  for (const entry of terms) {
    if (!lower.includes(entry.term.toLowerCase())) continue;
    for (const match of text.matchAll(patternFor(entry.term, options.anyCase ?? false))) {
      hits.push({ found: match[0], use: entry.use, index: match.index });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

/**
 * Finds jargon-list terms in plain text (titles, summaries), matching whole
 * words case-insensitively — except all-caps terms like "SSO", which match
 * only in capitals so the word "sso" inside a URL slug does not count.
 */
export interface TermHit {
  found: string;
  use: string;
  index: number;
}

const patterns = new WeakMap<object, RegExp>();

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function patternFor(entry: { term: string }): RegExp {
  let pattern = patterns.get(entry);
  if (!pattern) {
    const caps = entry.term === entry.term.toUpperCase() && /[A-Z]/.test(entry.term);
    pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])${escape(entry.term)}(?![\\p{L}\\p{N}_-])`, caps ? 'gu' : 'giu');
    patterns.set(entry, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/** Every occurrence of every term in `text`, in order. */
export function findTerms(text: string, jargon: ReadonlyArray<{ term: string; use: string }>): TermHit[] {
  const hits: TermHit[] = [];
  for (const entry of jargon) {
    const pattern = patternFor(entry);
    for (const match of text.matchAll(pattern)) {
      hits.push({ found: match[0], use: entry.use, index: match.index });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

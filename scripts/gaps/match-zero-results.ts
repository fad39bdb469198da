/**
 * Links zero-result searches to ticket topics: a query belongs to the topic
 * whose tickets use most of its words. It shows customers looking for the
 * topic's answer with words the KB lacks.
 */
import { createTermExtractor } from '../kb-search/text-terms.ts';
import type { QueryCount } from './gap-report.ts';

/** What matching needs to know about a topic. */
export interface TopicWords {
  /** Share of the topic's tickets that contain each stem. */
  stemShare: ReadonlyMap<string, number>;
  /** Stems of the topic's key terms. */
  keyStems: ReadonlySet<string>;
}

/** A stem must appear in this share of a topic's tickets to count as one of its words. */
const TOPIC_WORD_SHARE = 0.15;
/** Share of a query's words that must be topic words. */
const QUERY_SHARE = 0.5;

/** Share of tickets containing each stem, for {@link TopicWords}. */
export function stemShares(texts: readonly string[], stopWords?: readonly string[], language?: string): Map<string, number> {
  const extract = createTermExtractor({ stopWords, language });
  const counts = new Map<string, number>();
  for (const text of texts) for (const stem of new Set(extract(text).map((t) => t.stem))) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  const shares = new Map<string, number>();
  for (const [stem, count] of counts) shares.set(stem, count / Math.max(1, texts.length));
  return shares;
}

/** For each query, the index of its topic, or -1. */
export function matchQueriesToTopics(queries: readonly QueryCount[], topics: readonly TopicWords[], stopWords?: readonly string[]): number[] {
  const extract = createTermExtractor({ stopWords });
  return queries.map(({ query }) => {
    const stems = [...new Set(extract(query).map((t) => t.stem))];
    if (stems.length === 0) return -1;
    let best = -1;
    let bestScore = 0;
    let bestWeight = 0;
    topics.forEach((topic, index) => {
      const matched = stems.filter((s) => (topic.stemShare.get(s) ?? 0) >= TOPIC_WORD_SHARE);
      if (matched.length === 0 || !matched.some((s) => topic.keyStems.has(s))) return;
      const score = matched.length / stems.length;
      const weight = matched.reduce((sum, s) => sum + (topic.stemShare.get(s) ?? 0), 0);
      if (score < QUERY_SHARE) return;
      if (score > bestScore || (score === bestScore && weight > bestWeight)) {
        best = index;
        bestScore = score;
        bestWeight = weight;
      }
    });
    return best;
  });
}

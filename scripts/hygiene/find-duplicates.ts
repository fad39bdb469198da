/**
 * Duplicates: two articles that answer the same question. Similarity is the
 * mean of two cosines of TF-IDF vectors (stemmed, stop words removed): one
 * over title and summary (the question), one over the whole text (the
 * answer) — articles on one feature share words, articles on one question
 * share both. Each pair is reported once, on the article to merge away: the
 * less read one, else the older.
 */
import type { KbArticle } from '../kb-search/load-articles.ts';
import { createTermExtractor } from '../kb-search/text-terms.ts';
import { percent } from '../reports/markdown.ts';
import { findingOf } from './finding-of.ts';
import type { HygieneFinding } from './hygiene-report.ts';

type Vector = Map<string, number>;

/** Options of {@link findDuplicates}. */
export interface DuplicateOptions {
  threshold: number;
  views?: ReadonlyMap<string, number>;
  stopWords?: readonly string[];
}

export function findDuplicates(articles: readonly KbArticle[], options: DuplicateOptions): HygieneFinding[] {
  const extract = createTermExtractor({ stopWords: options.stopWords });
  const question = tfidf(articles.map((a) => extract(`${a.title}\n${a.summary}`).map((t) => t.stem)));
  const whole = tfidf(articles.map((a) => extract(`${a.title}\n${a.summary}\n${a.keywords.join('\n')}\n${a.body}`).map((t) => t.stem)));
  // Only pairs that share a term can be similar: walk postings instead of all n² pairs.
  const postings = new Map<string, number[]>();
  whole.forEach((v, i) => {
    for (const stem of v.keys()) {
      const list = postings.get(stem);
      if (list) list.push(i);
      else postings.set(stem, [i]);
    }
  });
  const findings: HygieneFinding[] = [];
  whole.forEach((v, i) => {
    const dots = new Map<number, number>();
    for (const [stem, w] of v) {
      for (const j of postings.get(stem)!) if (j > i) dots.set(j, (dots.get(j) ?? 0) + w * whole[j]!.get(stem)!);
    }
    for (const [j, text] of [...dots].sort((a, b) => a[0] - b[0])) {
      const title = cosine(question[i]!, question[j]!);
      const similarity = (title + text) / 2;
      if (similarity < options.threshold) continue;
      const [from, into] = mergeOrder(articles[i]!, articles[j]!, options.views);
      findings.push(
        findingOf(
          'duplicate',
          from,
          `${percent(similarity)} similar to "${into.title}" (${into.slug}${into.owner && into.owner !== from.owner ? `, owner ${into.owner}` : ''}): question ${percent(title)}, text ${percent(text)}`,
          `merge it into ${into.slug} and add "${from.slug}" to that article's aliases`,
          [`shared terms: ${topShared(whole[i]!, whole[j]!).join(', ')}`],
        ),
      );
    }
  });
  return findings;
}

/** Unit TF-IDF vectors (sublinear tf) of stem lists. */
function tfidf(docs: ReadonlyArray<readonly string[]>): Vector[] {
  const tfs = docs.map((stems) => {
    const tf = new Map<string, number>();
    for (const stem of stems) tf.set(stem, (tf.get(stem) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of tfs) for (const stem of tf.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
  const n = docs.length;
  return tfs.map((tf) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [stem, count] of tf) {
      const w = (1 + Math.log(count)) * (Math.log((n + 1) / (df.get(stem)! + 1)) + 1);
      v.set(stem, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [stem, w] of v) v.set(stem, w / norm);
    return v;
  });
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [stem, w] of a) dot += w * (b.get(stem) ?? 0);
  return dot;
}

/** [merge away, keep]: keep the more read article, else the more recently updated, else the first slug. */
function mergeOrder(a: KbArticle, b: KbArticle, views: ReadonlyMap<string, number> | undefined): [KbArticle, KbArticle] {
  const va = views?.get(a.slug) ?? 0;
  const vb = views?.get(b.slug) ?? 0;
  if (va !== vb) return va < vb ? [a, b] : [b, a];
  const da = a.last_updated ?? '';
  const db = b.last_updated ?? '';
  if (da !== db) return da < db ? [a, b] : [b, a];
  return a.slug < b.slug ? [b, a] : [a, b];
}

/** The stems that make the pair similar, heaviest first. */
function topShared(a: Vector, b: Vector): string[] {
  return [...a.keys()]
    .filter((stem) => b.has(stem))
    .sort((x, y) => a.get(y)! * b.get(y)! - a.get(x)! * b.get(x)! || (x < y ? -1 : 1))
    .slice(0, 6);
}

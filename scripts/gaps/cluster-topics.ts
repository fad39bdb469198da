/**
 * Groups short texts (ticket subjects and bodies, search queries) into
 * topics, one customer question each, and names every topic by its key
 * terms. Texts become TF-IDF vectors over stemmed terms (see
 * `text-terms.ts`); topics come from a leader pass that seeds centroids in a
 * fixed order, refined by spherical k-means and merged when two centroids
 * say the same thing. Identical texts are clustered once, so 100,000 tickets
 * that repeat a few hundred phrasings cost a few hundred points.
 *
 * The output depends only on the input and options: items are visited in a
 * fixed order and every tie is broken by position, so the same tickets give
 * the same topics on every machine.
 */
import { createTermExtractor } from '../kb-search/text-terms.ts';

/** A text to cluster; `weight` repeats it (for instance, a search typed 12 times). */
export interface ClusterItem {
  id: string;
  text: string;
  weight?: number;
}

/** Options of {@link clusterTexts}; every one has a default that suits ticket subjects. */
export interface ClusterOptions {
  /** Topics with fewer items (by weight) are dropped; their items stay unclustered. Default 2. */
  minSize?: number;
  /** Cosine similarity an item needs to join a topic, 0-1. Default 0.22 (reports.gaps.cluster_similarity). */
  similarity?: number;
  /** Two topics whose centres are at least this similar become one. Default 0.5. */
  mergeSimilarity?: number;
  /**
   * Two topics whose heaviest word is the same ("location" and "location")
   * become one at this lower similarity: customers write one question with
   * different side words ("add a store location", "new branch location").
   * Default 0.15.
   */
  sameKeySimilarity?: number;
  /** Key terms reported per topic. Default 5. */
  maxTerms?: number;
  /** Words in the label (whole terms, so a pair may add one more). Default 3. */
  labelTerms?: number;
  /** Terms found in more than this share of items carry no topic and are ignored. Default 0.5. */
  maxDocumentShare?: number;
  /** Extra words to ignore. */
  stopWords?: readonly string[];
  /** ISO 639-1 code of the texts' language (default `en`): its stop words and stemmer make the terms. */
  language?: string;
  /** Refinement rounds. Default 8. */
  iterations?: number;
  /**
   * Distinct texts clustered in full; beyond this, topics are found on an
   * even sample of that many and every text then joins its nearest topic.
   * Default 20,000: a sample that size holds every topic worth reporting.
   */
  maxPoints?: number;
}

/** One topic: a label made of its key terms, the terms, and the ids of its items in input order. */
export interface TopicCluster {
  label: string;
  terms: string[];
  ids: string[];
  /** The language its tickets are written in, when clustered per language (`cluster-by-language.ts`). */
  language?: string;
}

interface Point {
  terms: Int32Array;
  weights: Float64Array;
  count: number;
  items: number[];
}

interface Centroid {
  weights: Map<number, number>;
  norm: number;
}

const CENTROID_TERMS = 40;

/** Clusters texts into topics, largest first. Items that fit no topic are left out. */
export function clusterTexts(items: ReadonlyArray<ClusterItem>, options: ClusterOptions = {}): TopicCluster[] {
  const minSize = options.minSize ?? 2;
  const similarity = options.similarity ?? 0.22;
  const mergeSimilarity = options.mergeSimilarity ?? 0.5;
  const sameKeySimilarity = options.sameKeySimilarity ?? 0.15;
  const maxTerms = options.maxTerms ?? 5;
  const labelTerms = options.labelTerms ?? 3;
  const iterations = options.iterations ?? 8;
  const extract = createTermExtractor({ stopWords: options.stopWords, language: options.language });

  // 1. Terms per item: stems and pairs of neighbouring stems ("change shipping address" is not
  // "set up shipping address"). Ids are shared; a pair's id is found by its two stem ids, so no
  // strings are built per word. Words as written are counted per stem for readable labels.
  const vocabulary = new Map<string, number>();
  const pairIds = new Map<number, number>();
  const pairLeft: number[] = [];
  const pairRight: number[] = [];
  const stemOf: string[] = [];
  const words: Array<Map<string, number> | undefined> = [];
  const docs: Array<{ ids: Int32Array; counts: Uint16Array }> = [];
  const weightOf = (index: number) => Math.max(1, Math.floor(items[index]?.weight ?? 1));
  const tf = new Map<number, number>();
  const newId = (stem: string, left: number, right: number) => {
    const id = stemOf.length;
    stemOf.push(stem);
    pairLeft.push(left);
    pairRight.push(right);
    words.push(left < 0 ? new Map() : undefined);
    return id;
  };
  for (let i = 0; i < items.length; i++) {
    tf.clear();
    const weight = weightOf(i);
    let previous = -1;
    for (const term of extract(items[i]?.text ?? '')) {
      let id = vocabulary.get(term.stem);
      if (id === undefined) {
        id = newId(term.stem, -1, -1);
        vocabulary.set(term.stem, id);
      }
      tf.set(id, (tf.get(id) ?? 0) + 1);
      const seen = words[id]!;
      seen.set(term.word, (seen.get(term.word) ?? 0) + weight);
      if (previous >= 0) {
        const key = previous * 2_097_152 + id;
        let pair = pairIds.get(key);
        if (pair === undefined) {
          pair = newId('', previous, id);
          pairIds.set(key, pair);
        }
        tf.set(pair, (tf.get(pair) ?? 0) + 1);
      }
      previous = id;
    }
    const ids = Int32Array.from(tf.keys()).sort();
    const counts = new Uint16Array(ids.length);
    for (let k = 0; k < ids.length; k++) counts[k] = Math.min(65_535, tf.get(ids[k]!)!);
    docs.push({ ids, counts });
  }
  const termCount = stemOf.length;
  const isPair = pairLeft.map((left) => left >= 0);
  const stemText = (id: number) => (isPair[id] ? `${stemOf[pairLeft[id]!]} ${stemOf[pairRight[id]!]}` : stemOf[id]!);
  const wordText = (id: number) => (isPair[id] ? `${mostUsedWord(words[pairLeft[id]!]!)} ${mostUsedWord(words[pairRight[id]!]!)}` : mostUsedWord(words[id]!));

  // 2. Document frequency and IDF over distinct items (a query typed 50 times is still one
  // phrasing); a term seen only once, counting repeats, or in most items says nothing about a topic.
  const df = new Float64Array(termCount);
  const seen = new Float64Array(termCount);
  docs.forEach((doc, i) => {
    const weight = weightOf(i);
    for (const id of doc.ids) {
      df[id]! += 1;
      seen[id]! += weight;
    }
  });
  const maxDf = (options.maxDocumentShare ?? 0.5) * docs.length;
  const idf = new Float64Array(termCount);
  for (let id = 0; id < termCount; id++) {
    const d = df[id]!;
    idf[id] = seen[id]! < 2 || (d > maxDf && docs.length > 2) ? 0 : Math.log((1 + docs.length) / (1 + d)) + 1;
  }

  // 3. One point per distinct vector, weighted by how many items share it.
  const points: Point[] = [];
  const byKey = new Map<string, Point>();
  docs.forEach((doc, i) => {
    const kept: number[] = [];
    for (let k = 0; k < doc.ids.length; k++) if (idf[doc.ids[k]!]! > 0) kept.push(k);
    if (kept.length === 0) return;
    const key = kept.map((k) => `${doc.ids[k]}:${doc.counts[k]}`).join(',');
    const existing = byKey.get(key);
    if (existing) {
      existing.count += weightOf(i);
      existing.items.push(i);
      return;
    }
    const terms = new Int32Array(kept.length);
    const weights = new Float64Array(kept.length);
    let norm = 0;
    kept.forEach((k, n) => {
      const id = doc.ids[k]!;
      const w = (1 + Math.log(doc.counts[k]!)) * idf[id]!;
      terms[n] = id;
      weights[n] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm);
    for (let n = 0; n < weights.length; n++) weights[n]! /= norm;
    const point: Point = { terms, weights, count: weightOf(i), items: [i] };
    byKey.set(key, point);
    points.push(point);
  });
  docs.length = 0;
  // Frequent phrasings first, then input order: the seeds are the clearest examples.
  const order = points.map((_, i) => i).sort((a, b) => points[b]!.count - points[a]!.count || points[a]!.items[0]! - points[b]!.items[0]!);
  const maxPoints = options.maxPoints ?? 20_000;
  const step = order.length / maxPoints;
  const sample = step > 1 ? Array.from({ length: maxPoints }, (_, i) => order[Math.floor(i * step)]!) : order;

  // 4. Leader pass: each point joins the most similar centre or starts a new one. A centre is
  // the heaviest terms of its members' sum; it is kept up to date term by term (sums only grow,
  // so only the joining point's terms can enter it), so a join costs the point's terms only.
  let centroids: Centroid[] = [];
  let assignment: Int32Array = new Int32Array(points.length).fill(-1);
  const postings = new Map<number, number[]>();
  const sums: Array<Map<number, number>> = [];
  const scratch = new Scratch();
  for (const p of sample) {
    const point = points[p]!;
    const [best, score] = nearest(point, centroids, postings, scratch);
    let c = best;
    if (best < 0 || score < similarity) {
      c = centroids.length;
      centroids.push({ weights: new Map(), norm: 0 });
      sums.push(new Map());
    }
    const sum = sums[c]!;
    const weights = centroids[c]!.weights;
    for (let k = 0; k < point.terms.length; k++) {
      const t = point.terms[k]!;
      const total = (sum.get(t) ?? 0) + point.weights[k]! * point.count;
      sum.set(t, total);
      if (weights.has(t)) weights.set(t, total);
      else if (weights.size < CENTROID_TERMS) {
        weights.set(t, total);
        addPosting(postings, t, c);
      } else {
        const [lightest, lightWeight] = lightestTerm(weights);
        if (total > lightWeight || (total === lightWeight && t < lightest)) {
          weights.delete(lightest);
          weights.set(t, total);
          addPosting(postings, t, c);
        }
      }
    }
    let normSq = 0;
    for (const w of weights.values()) normSq += w * w;
    centroids[c]!.norm = Math.sqrt(normSq);
    assignment[p] = c;
  }

  // 5. Refine: reassign to the nearest centre, recompute, merge near-duplicates, drop tiny topics.
  for (let round = 0; round < iterations; round++) {
    const next = assign(points, sample, centroids, similarity);
    const sizes = sizesOf(points, next, centroids.length);
    // Tiny topics only after the first rounds: early on they seed real ones.
    const keep = round >= iterations / 2 ? (c: number) => sizes[c]! >= minSize : (c: number) => sizes[c]! > 0;
    let rebuilt = rebuild(points, next, centroids.length, keep);
    rebuilt = mergeClose(points, rebuilt.assignment, rebuilt.centroids, { threshold: mergeSimilarity, sameKeyThreshold: sameKeySimilarity, isPair });
    const changed = rebuilt.assignment.some((c, i) => c !== assignment[i]);
    assignment = rebuilt.assignment;
    centroids = rebuilt.centroids;
    if (!changed && round >= iterations / 2) break;
  }
  const finalAssignment = assign(points, order, centroids, similarity);
  const finalSizes = sizesOf(points, finalAssignment, centroids.length);

  // 6. Name topics by their heaviest terms, written the way customers write them.
  const topics: Array<TopicCluster & { size: number; first: number }> = [];
  centroids.forEach((_, c) => {
    if (finalSizes[c]! < minSize) return;
    const memberItems: number[] = [];
    const sum = new Map<number, number>();
    points.forEach((point, p) => {
      if (finalAssignment[p] !== c) return;
      memberItems.push(...point.items);
      addTo(sum, point);
    });
    memberItems.sort((a, b) => a - b);
    const ranked = [...sum.entries()]
      .sort((a, b) => b[1] - a[1] || (stemText(a[0]) < stemText(b[0]) ? -1 : 1))
      .slice(0, maxTerms * 4)
      .map(([id]) => id);
    const top = keyTerms(ranked, stemText, wordText, maxTerms);
    topics.push({
      label: labelOf(top, labelTerms),
      terms: top,
      ids: memberItems.map((i) => items[i]!.id),
      size: finalSizes[c]!,
      first: memberItems[0]!,
    });
  });
  topics.sort((a, b) => b.size - a.size || a.first - b.first);
  return topics.map(({ label, terms, ids }) => ({ label, terms, ids }));
}

function addTo(sum: Map<number, number>, point: Point): void {
  for (let k = 0; k < point.terms.length; k++) {
    const t = point.terms[k]!;
    sum.set(t, (sum.get(t) ?? 0) + point.weights[k]! * point.count);
  }
}

/** Keeps a centre's heaviest terms only: the tail is noise and makes every lookup slower. */
function toCentroid(sum: Map<number, number>): Centroid {
  let entries = [...sum.entries()];
  if (entries.length > CENTROID_TERMS) entries = entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CENTROID_TERMS);
  let norm = 0;
  for (const [, w] of entries) norm += w * w;
  return { weights: new Map(entries), norm: Math.sqrt(norm) };
}

function addPosting(postings: Map<number, number[]>, term: number, centroid: number): void {
  const list = postings.get(term);
  if (!list) postings.set(term, [centroid]);
  else if (list[list.length - 1] !== centroid && !list.includes(centroid)) list.push(centroid);
}

/** The term a full centre would drop first: the lightest, the larger id on ties. */
function lightestTerm(weights: Map<number, number>): [number, number] {
  let term = -1;
  let weight = Infinity;
  for (const [t, w] of weights) {
    if (w < weight || (w === weight && t > term)) {
      term = t;
      weight = w;
    }
  }
  return [term, weight];
}

/** Reusable dot-product accumulator, so finding the nearest centre allocates nothing. */
class Scratch {
  dots = new Float64Array(1024);
  touched: number[] = [];
  ensure(size: number): void {
    if (size > this.dots.length) {
      const grown = new Float64Array(Math.max(size, this.dots.length * 2));
      grown.set(this.dots);
      this.dots = grown;
    }
  }
}

/** The most similar centre among those sharing a term with the point, and the cosine. */
function nearest(point: Point, centroids: Centroid[], postings: Map<number, number[]>, scratch: Scratch): [number, number] {
  scratch.ensure(centroids.length);
  const { dots, touched } = scratch;
  for (let k = 0; k < point.terms.length; k++) {
    const t = point.terms[k]!;
    const list = postings.get(t);
    if (!list) continue;
    const w = point.weights[k]!;
    for (const c of list) {
      const cw = centroids[c]!.weights.get(t);
      if (cw === undefined) continue;
      if (dots[c] === 0) touched.push(c);
      dots[c]! += cw * w;
    }
  }
  let best = -1;
  let bestScore = 0;
  for (const c of touched) {
    const score = dots[c]! / centroids[c]!.norm;
    dots[c] = 0;
    if (score > bestScore || (score === bestScore && c < best)) {
      best = c;
      bestScore = score;
    }
  }
  touched.length = 0;
  return [best, bestScore];
}

function postingsOf(centroids: Centroid[]): Map<number, number[]> {
  const postings = new Map<number, number[]>();
  centroids.forEach((c, i) => {
    for (const t of c.weights.keys()) addPosting(postings, t, i);
  });
  return postings;
}

function assign(points: Point[], order: number[], centroids: Centroid[], similarity: number): Int32Array {
  const postings = postingsOf(centroids);
  const result = new Int32Array(points.length).fill(-1);
  const scratch = new Scratch();
  for (const p of order) {
    const [best, score] = nearest(points[p]!, centroids, postings, scratch);
    if (best >= 0 && score >= similarity) result[p] = best;
  }
  return result;
}

function sizesOf(points: Point[], assignment: Int32Array, count: number): Float64Array {
  const sizes = new Float64Array(count);
  assignment.forEach((c, p) => {
    if (c >= 0) sizes[c]! += points[p]!.count;
  });
  return sizes;
}

function rebuild(points: Point[], assignment: Int32Array, count: number, keep: (c: number) => boolean): { assignment: Int32Array; centroids: Centroid[] } {
  const sums = Array.from({ length: count }, () => new Map<number, number>());
  assignment.forEach((c, p) => {
    if (c >= 0) addTo(sums[c]!, points[p]!);
  });
  const renumber = new Int32Array(count).fill(-1);
  const centroids: Centroid[] = [];
  for (let c = 0; c < count; c++) {
    if (!keep(c) || sums[c]!.size === 0) continue;
    renumber[c] = centroids.length;
    centroids.push(toCentroid(sums[c]!));
  }
  return { assignment: assignment.map((c) => (c >= 0 ? renumber[c]! : -1)), centroids };
}

/** How {@link mergeClose} decides. */
interface MergeRule {
  threshold: number;
  sameKeyThreshold: number;
  /** Term ids that are word pairs, which never name a topic's key word. */
  isPair: readonly boolean[];
}

/** Merges pairs of centres at or above the threshold (or the lower one for the same key word), most similar pair first. */
function mergeClose(points: Point[], assignment: Int32Array, centroids: Centroid[], rule: MergeRule): { assignment: Int32Array; centroids: Centroid[] } {
  const postings = postingsOf(centroids);
  const pairs: Array<[number, number, number]> = [];
  const keyWord = centroids.map((c) => {
    let best = -1;
    let weight = -1;
    for (const [t, w] of c.weights) {
      if (rule.isPair[t]) continue;
      if (w > weight || (w === weight && t < best)) {
        best = t;
        weight = w;
      }
    }
    return best;
  });
  centroids.forEach((c, i) => {
    const dots = new Map<number, number>();
    for (const [t, w] of c.weights) {
      for (const j of postings.get(t) ?? []) {
        if (j <= i) continue;
        dots.set(j, (dots.get(j) ?? 0) + w * centroids[j]!.weights.get(t)!);
      }
    }
    for (const [j, dot] of dots) {
      const score = dot / (c.norm * centroids[j]!.norm);
      const needed = keyWord[i] === keyWord[j] && keyWord[i] !== -1 ? rule.sameKeyThreshold : rule.threshold;
      if (score >= needed) pairs.push([score, i, j]);
    }
  });
  if (pairs.length === 0) return { assignment, centroids };
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  // Union-find keeps merges transitive: a~b and b~c end as one topic.
  const parent = centroids.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const [, i, j] of pairs) {
    const a = find(i);
    const b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const merged = assignment.map((c) => (c >= 0 ? find(c) : -1));
  return rebuild(points, merged, centroids.length, () => true);
}

/**
 * The topic's key terms, heaviest first, without repeating a word: a pair
 * ("swap shift") replaces the single words it contains.
 */
function keyTerms(ranked: readonly number[], stemText: (id: number) => string, wordText: (id: number) => string, max: number): string[] {
  const chosen: Array<{ stems: string[]; text: string }> = [];
  for (const id of ranked) {
    const parts = stemText(id).split(' ');
    if (parts.length > 1) {
      if (chosen.some((c) => c.stems.length > 1 && parts.every((p) => c.stems.includes(p)))) continue;
      const first = chosen.findIndex((c) => c.stems.length === 1 && parts.includes(c.stems[0]!));
      const term = { stems: parts, text: wordText(id) };
      const rest = chosen.filter((c) => !(c.stems.length === 1 && parts.includes(c.stems[0]!)));
      if (first >= 0) rest.splice(Math.min(first, rest.length), 0, term);
      else rest.push(term);
      chosen.splice(0, chosen.length, ...rest);
    } else if (!chosen.some((c) => c.stems.includes(parts[0]!))) {
      chosen.push({ stems: parts, text: wordText(id) });
    }
    if (chosen.length >= max && ranked.indexOf(id) >= max * 2) break;
  }
  return chosen.slice(0, max).map((c) => c.text);
}

/** A label of about `words` words from the key terms, no word twice ("request time off", not "request time time off"). */
function labelOf(terms: readonly string[], words: number): string {
  const parts: string[] = [];
  for (const term of terms) {
    for (const word of term.split(' ')) {
      if (parts.length >= words) break;
      if (!parts.includes(word)) parts.push(word);
    }
  }
  return parts.join(' ');
}

function mostUsedWord(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [word, count] of counts) {
    if (count > bestCount || (count === bestCount && word < best)) {
      best = word;
      bestCount = count;
    }
  }
  return best;
}

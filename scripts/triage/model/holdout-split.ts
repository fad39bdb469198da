/**
 * A stratified, reproducible holdout: every label keeps its share in the
 * test part (at least one ticket of each label with two or more tickets is
 * tested and one is trained on), and the same seed gives the same split.
 * A label with a single ticket stays in training.
 */
import { seededRandom } from '../../../content/samples/sample-random.ts';

/** Indices of the training and test tickets. */
export interface Split {
  train: number[];
  test: number[];
}

/** Splits tickets by their labels; `fraction` of each label goes to test. */
export function stratifiedSplit(labels: readonly string[], fraction: number, seed: number): Split {
  const random = seededRandom(seed);
  const byLabel = new Map<string, number[]>();
  labels.forEach((label, i) => {
    let list = byLabel.get(label);
    if (!list) byLabel.set(label, (list = []));
    list.push(i);
  });
  const train: number[] = [];
  const test: number[] = [];
  for (const label of [...byLabel.keys()].sort()) {
    const list = byLabel.get(label)!;
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    const k = list.length < 2 ? 0 : Math.min(list.length - 1, Math.max(1, Math.round(list.length * fraction)));
    test.push(...list.slice(0, k));
    train.push(...list.slice(k));
  }
  return { train: train.sort((a, b) => a - b), test: test.sort((a, b) => a - b) };
}

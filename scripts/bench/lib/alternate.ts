/**
 * Side-by-side runs. Absolute times drift on a shared machine, so both
 * sides run alternately in the same session (ours, theirs, ours, theirs…)
 * and each pair gives a ratio; the median ratio is the figure to quote.
 */
import { median } from './run-worker.ts';

export interface Pair<O, T> {
  ours: O;
  theirs: T;
}

/** Runs `ours` then `theirs`, `runs` times; `round` is 0-based. */
export async function alternate<O, T>(runs: number, ours: (round: number) => Promise<O>, theirs: (round: number) => Promise<T>): Promise<Array<Pair<O, T>>> {
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a positive integer, got ${runs}`);
  const pairs: Array<Pair<O, T>> = [];
  for (let round = 0; round < runs; round++) {
    const o = await ours(round);
    const t = await theirs(round);
    pairs.push({ ours: o, theirs: t });
  }
  return pairs;
}

/** The median of the per-pair ratios ours ÷ theirs of a figure, or null when a side has none. */
export function medianRatio<O, T>(pairs: ReadonlyArray<Pair<O, T>>, ours: (o: O) => number | null, theirs: (t: T) => number | null): number | null {
  const ratios: number[] = [];
  for (const pair of pairs) {
    const a = ours(pair.ours);
    const b = theirs(pair.theirs);
    if (a === null || b === null || b === 0) return null;
    ratios.push(a / b);
  }
  return ratios.length === 0 ? null : median(ratios);
}

/** Rounds to `digits` decimals (a plain number, for JSON). */
export function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}

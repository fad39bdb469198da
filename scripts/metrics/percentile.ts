/**
 * Exact summary statistics over every value (no sampling, no sketches).
 * Percentiles interpolate linearly between the two nearest ranks (the
 * method of Excel's PERCENTILE.INC and NumPy's default): for n sorted
 * values, the p-th percentile sits at rank h = (n − 1) × p / 100.
 */

/** Values sorted ascending (a copy). */
export function sortNumbers(values: Iterable<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** The p-th percentile (0-100) of ascending values; null when there are none. */
export function percentile(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = ((n - 1) * p) / 100;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Arithmetic mean; null when there are no values. */
export function mean(values: ArrayLike<number>): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
}

/** A share in percent; null when the whole is 0. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : (part / whole) * 100;
}

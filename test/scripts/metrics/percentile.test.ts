/** Exact percentiles: linear interpolation between the nearest ranks, over every value. */
import { describe, expect, it } from 'vitest';
import { mean, percentile, sortNumbers } from '../../../scripts/metrics/percentile.ts';

describe('percentile', () => {
  it.each([
    [[1, 2, 3, 4], 50, 2.5],
    [[1, 2, 3, 4, 5], 50, 3],
    [[10, 20], 95, 19.5],
    [[7], 95, 7],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21], 95, 20],
    [[5, 1, 4, 2, 3], 0, 1],
    [[5, 1, 4, 2, 3], 100, 5],
  ])('of %j at p%i is %s', (values, p, expected) => {
    expect(percentile(sortNumbers(values), p)).toBeCloseTo(expected, 12);
  });

  it('has no value without data', () => {
    expect(percentile(sortNumbers([]), 95)).toBeNull();
    expect(mean([])).toBeNull();
  });

  it('is exact on a large set (no sampling)', () => {
    const values = Array.from({ length: 100_001 }, (_, i) => (i * 7919) % 100_001);
    expect(percentile(sortNumbers(values), 95)).toBe(95_000);
    expect(percentile(sortNumbers(values), 50)).toBe(50_000);
  });
});

import { describe, expect, it } from 'vitest';
import { alternate, medianRatio } from '../../../../scripts/bench/lib/alternate.ts';

describe('alternate', () => {
  it('runs ours then theirs, round after round, and pairs the results', async () => {
    const order: string[] = [];
    const pairs = await alternate(
      3,
      async (round) => {
        order.push(`ours ${round}`);
        return round * 10;
      },
      async (round) => {
        order.push(`theirs ${round}`);
        return `t${round}`;
      },
    );
    expect(order).toEqual(['ours 0', 'theirs 0', 'ours 1', 'theirs 1', 'ours 2', 'theirs 2']);
    expect(pairs).toEqual([
      { ours: 0, theirs: 't0' },
      { ours: 10, theirs: 't1' },
      { ours: 20, theirs: 't2' },
    ]);
  });

  it('refuses a run count that is not a positive integer', async () => {
    await expect(alternate(0, async () => 1, async () => 1)).rejects.toThrow('runs must be a positive integer, got 0');
  });
});

describe('medianRatio', () => {
  it('is the median of the per-pair ratios, not the ratio of medians', () => {
    // Ratios 0.5, 0.6, 2.0: median 0.6. Medians 10 / 20 would give 0.5.
    const pairs = [
      { ours: 5, theirs: 10 },
      { ours: 12, theirs: 20 },
      { ours: 40, theirs: 20 },
    ];
    expect(medianRatio(pairs, (o) => o, (t) => t)).toBeCloseTo(0.6);
  });

  it('is null when a side has no figure or theirs is zero', () => {
    expect(medianRatio([{ ours: 1, theirs: null }], (o) => o, (t) => t)).toBeNull();
    expect(medianRatio([{ ours: 1, theirs: 0 }], (o) => o, (t) => t)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { clusterTexts } from '../../../scripts/gaps/cluster-topics.ts';

const items = [
  ...['How do I reset my password?', 'Password reset email never came', 'Forgot password, reset link expired', 'Reset password does not work', 'Cannot reset my password'].map((text, i) => ({ id: `p${i}`, text })),
  ...['Print the weekly schedule', 'How do I print the schedule?', 'Print schedule on paper', 'Printable weekly schedule for the wall'].map((text, i) => ({ id: `s${i}`, text })),
  { id: 'x1', text: 'Chinese language support' },
];

describe('clusterTexts', () => {
  it('groups texts on one question and leaves one-offs out', () => {
    const topics = clusterTexts(items);
    expect(topics.map((t) => t.ids)).toEqual([
      ['p0', 'p1', 'p2', 'p3', 'p4'],
      ['s0', 's1', 's2', 's3'],
    ]);
    expect(topics[0]!.label).toMatch(/password/);
    expect(topics[1]!.label).toMatch(/print|schedule/);
  });

  it('is deterministic: same input, same output', () => {
    expect(clusterTexts(items)).toEqual(clusterTexts(items));
    expect(clusterTexts(items.map((i) => ({ ...i })))).toEqual(clusterTexts(items));
  });

  it('counts weights toward the minimum size', () => {
    const queries = [{ id: 'a', text: 'dark mode', weight: 5 }, { id: 'b', text: 'holiday pay', weight: 1 }];
    expect(clusterTexts(queries, { minSize: 3 }).map((t) => t.ids)).toEqual([['a']]);
  });

  it('ignores stop words, numbers and extra stop words', () => {
    const withPlan = [
      { id: '1', text: 'Upgrade to gold 12345' },
      { id: '2', text: 'Upgrade to gold please 777' },
      { id: '3', text: 'Cancel gold' },
      { id: '4', text: 'Cancel gold now' },
    ];
    const plain = clusterTexts(withPlan, { stopWords: ['gold'] });
    expect(plain.map((t) => t.ids)).toEqual([['1', '2'], ['3', '4']]);
    for (const topic of plain) expect(topic.terms).not.toContain('gold');
  });

  it('returns nothing for texts without meaningful words', () => {
    expect(clusterTexts([{ id: '1', text: 'hi thanks' }, { id: '2', text: '12345' }])).toEqual([]);
    expect(clusterTexts([])).toEqual([]);
  });
});

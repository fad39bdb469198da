import { describe, expect, it } from 'vitest';
import { mergeByMatchedTerms, searchTerms } from '../../../site/client/relaxed-search.ts';

describe('searchTerms', () => {
  it('keeps the words that carry the topic of an English question', () => {
    expect(searchTerms('Why does my payroll export miss hours?')).toEqual(['payroll', 'export', 'miss', 'hours']);
    expect(searchTerms("I'm not able to clock-in at work")).toEqual(['not', 'able', 'clock-in', 'work']);
  });

  it('keeps every word in other languages, drops repeats and stops at 8', () => {
    expect(searchTerms('is is the a', 'de')).toEqual(['is', 'the']);
    expect(searchTerms('one two three four five six seven eight nine')).toHaveLength(8);
  });
});

describe('mergeByMatchedTerms', () => {
  it('ranks articles matching more of the words first, then by summed score', () => {
    const merged = mergeByMatchedTerms([
      [{ id: 'a', score: 5 }, { id: 'b', score: 1 }],
      [{ id: 'b', score: 1 }, { id: 'c', score: 9 }],
      [{ id: 'b', score: 1 }, { id: 'a', score: 1 }],
    ]);
    expect(merged.map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });
});

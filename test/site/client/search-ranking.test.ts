import { describe, expect, it } from 'vitest';
import { normalizeQuery, rankExactFirst } from '../../../site/client/search-ranking.ts';

const hit = (title: string, keywords: string[] = []) => ({ title, keywords });

describe('rankExactFirst', () => {
  it('moves the article whose title is the query to the top, ignoring case and punctuation', () => {
    const hits = [hit('Export hours for ADP'), hit('Export timesheets'), hit('Export timesheets for payroll')];
    expect(rankExactFirst(hits, 'export timesheets for payroll?').map((h) => h.title)).toEqual([
      'Export timesheets for payroll',
      'Export hours for ADP',
      'Export timesheets',
    ]);
  });

  it('puts keyword matches after title matches and keeps Pagefind order otherwise', () => {
    const hits = [hit('A'), hit('B', ['card declined']), hit('Card declined'), hit('C')];
    expect(rankExactFirst(hits, 'Card declined').map((h) => h.title)).toEqual(['Card declined', 'B', 'A', 'C']);
  });

  it('changes nothing for an empty query', () => {
    const hits = [hit('A'), hit('B')];
    expect(rankExactFirst(hits, '  ')).toEqual(hits);
  });

  it('normalizes queries', () => {
    expect(normalizeQuery('  How do I   export? ')).toBe('how do i export');
  });
});

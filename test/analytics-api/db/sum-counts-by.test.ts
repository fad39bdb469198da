import { describe, expect, it } from 'vitest';
import { sumCountsBy } from '../../../analytics-api/db/sum-counts-by.ts';

describe('sumCountsBy', () => {
  it('sums the named counts of rows with the same key and sorts by key', () => {
    const rows = [
      { query: 'refund', searches: 2, clicks: 1 },
      { query: 'payroll', searches: 5, clicks: 0 },
      { query: 'refund', searches: 3, clicks: 4 },
    ];
    expect(sumCountsBy(rows, 'query', ['searches', 'clicks'])).toEqual([
      { query: 'payroll', searches: 5, clicks: 0 },
      { query: 'refund', searches: 5, clicks: 5 },
    ]);
  });

  it('leaves the input rows and counts it was not asked to sum as they were', () => {
    const first = { article: 'a', views: 1, visitors: 7 };
    const totals = sumCountsBy([first, { article: 'a', views: 2, visitors: 9 }], 'article', ['views']);
    expect(totals).toEqual([{ article: 'a', views: 3, visitors: 7 }]);
    expect(first).toEqual({ article: 'a', views: 1, visitors: 7 });
  });
});

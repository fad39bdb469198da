import { describe, expect, it } from 'vitest';
import { pageWindow } from '../../../site/lib/page-window.ts';

describe('pageWindow', () => {
  it('shows every page of a short category', () => {
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('keeps the pager short for a big category: first, last, two either side, gaps between', () => {
    expect(pageWindow(10, 40)).toEqual([1, null, 8, 9, 10, 11, 12, null, 40]);
    expect(pageWindow(1, 40)).toEqual([1, 2, 3, null, 40]);
    expect(pageWindow(40, 40)).toEqual([1, null, 38, 39, 40]);
  });
});

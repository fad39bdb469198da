import { describe, expect, it } from 'vitest';
import { excerptAround, markTerms } from '../../../site/client/search-excerpt.ts';

const text = (parts: Array<{ text: string; mark: boolean }>) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('excerptAround', () => {
  it('shows the passage with the most matches after the body starts, matches marked', () => {
    const content = 'Title words here. Summary text. Open Billing then choose Invoices to download an invoice as a PDF file for your records.';
    const words = content.split(' ');
    const at = (w: string) => words.findIndex((x) => x.startsWith(w));
    expect(text(excerptAround(content, [0, at('Invoices'), at('invoice')], 5, 8) ?? [])).toBe('… then choose [Invoices] to download an [invoice] as …');
  });

  it('is undefined when nothing matched in the body', () => {
    expect(excerptAround('a b c d', [0, 1], 2)).toBeUndefined();
  });

  it('keeps markup in articles as text', () => {
    expect(text(excerptAround('<b>x</b> y', [0], 0) ?? [])).toBe('[<b>x</b>] y');
  });
});

describe('markTerms', () => {
  it('marks the words a searched term matches: same stem, or starting with it', () => {
    expect(text(markTerms('Get a PDF of any invoice, and download invoices.', ['invoice', 'download']))).toBe('Get a PDF of any [invoice,] and [download] [invoices.]');
  });
});

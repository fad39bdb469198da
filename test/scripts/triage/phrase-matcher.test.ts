/** Phrase rules: whole words, any case, curly quotes, "with" and "unless" context. */
import { describe, expect, it } from 'vitest';
import { compilePhrases, normalizeText } from '../../../scripts/triage/phrase-matcher.ts';
import { largestAmount, moneyAmounts } from '../../../scripts/triage/money-amounts.ts';

const find = (rules: Parameters<typeof compilePhrases>[0], text: string) => compilePhrases(rules).find(normalizeText(text));

describe('phrase matcher', () => {
  it('matches whole words in any case, longest phrase first', () => {
    expect(find(['error', 'not working', 'working'], 'Export NOT WORKING, error 500')).toEqual(['not working', 'error']);
    expect(find(['sue'], 'I have an issue')).toEqual([]);
    expect(find(['2fa'], 'my 2FA code')).toEqual(['2fa']);
  });

  it('reads curly apostrophes as straight ones', () => {
    expect(find(["can't log in"], 'I can’t log in')).toEqual(["can't log in"]);
  });

  it('counts a phrase only next to a "with" phrase', () => {
    const rule = { any: ["can't log in"], with_any: ['everyone', 'all users'] };
    expect(find([rule], "everyone can't log in")).toEqual(["can't log in … everyone"]);
    expect(find([rule], "I can't log in")).toEqual([]);
  });

  it('ignores a phrase inside an "unless" phrase but not elsewhere', () => {
    const rule = { any: ['down'], unless_any: ['drop-down', 'scroll down'] };
    expect(find([rule], 'the drop-down is empty when I scroll down')).toEqual([]);
    expect(find([rule], 'the drop-down is empty and the site is down')).toEqual(['down']);
  });
});

describe('money amounts', () => {
  it.each([
    ['refund $1,200.50 please', [1200.5]],
    ['600 USD and EUR 90', [600, 90]],
    ['€750 or £20', [750, 20]],
    ['we paid 800 dollars', [800]],
    ['order 113542617735902', []],
  ])('finds the amounts in "%s"', (text, amounts) => {
    expect(moneyAmounts(text)).toEqual(amounts);
  });

  it('takes the largest', () => {
    expect(largestAmount('refund $40 of the $600 charge')).toBe(600);
    expect(largestAmount('no money here')).toBe(0);
  });
});

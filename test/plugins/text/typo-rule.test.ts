import { describe, expect, it } from 'vitest';
import { dictionaryWords } from '../../../plugins/text/dictionary-words.ts';
import { allowedEdits, typoEdits } from '../../../plugins/text/typo-rule.ts';

describe('the typo rule', () => {
  it('allows no edit under 4 letters, one up to 7, two from 8', () => {
    expect([allowedEdits('tme'), allowedEdits('refnd'), allowedEdits('invocie'), allowedEdits('schedual')]).toEqual([0, 1, 1, 2]);
  });

  it('counts a swap of neighbours as one edit and keeps the first letter', () => {
    expect(typoEdits('invocie', 'invoice')).toBe(1);
    expect(typoEdits('refnd', 'refund')).toBe(1);
    expect(typoEdits('schedual', 'schedule')).toBe(2);
    expect(typoEdits('fefund', 'refund')).toBeUndefined();
    expect(typoEdits('tme', 'time')).toBeUndefined();
    expect(typoEdits('2fb', '2fa')).toBeUndefined();
  });

  it('counts no edit for a letter typed twice or once against the word', () => {
    expect(typoEdits('dubble', 'double')).toBe(1);
    expect(typoEdits('adress', 'address')).toBe(0);
    expect(typoEdits('dubbel', 'double')).toBeUndefined();
  });

  it('knows the common English words, which are never typos', () => {
    const words = dictionaryWords('en');
    for (const word of ['passport', 'tire', 'recipe', 'interest']) expect(words.has(word), word).toBe(true);
    for (const word of ['pasword', 'invocie', 'refnd']) expect(words.has(word), word).toBe(false);
    expect(dictionaryWords('de').size).toBe(0);
  });
});

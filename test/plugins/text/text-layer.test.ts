import { describe, expect, it } from 'vitest';
import { foldText, stem, stopWordsFor, tokenize } from '../../../plugins/text/index.ts';

describe('the text layer', () => {
  it('folds case, accents, full-width letters and curly apostrophes', () => {
    expect(foldText('Café’s ＰＤＦ')).toBe("cafe's pdf");
  });

  it('tokenizes into words: apostrophes inside words dropped, hyphens, punctuation and emoji split', () => {
    expect(tokenize("Can't clock-in? 2FA 👩‍💻 code!!")).toEqual(['cant', 'clock', 'in', '2fa', 'code']);
    expect(tokenize('لا أستطيع تسجيل الدخول')).toEqual(['لا', 'استطيع', 'تسجيل', 'الدخول']);
    expect(tokenize('<img src=x onerror=alert(1)>')).toEqual(['img', 'src', 'x', 'onerror', 'alert', '1']);
    expect(tokenize('?!… —')).toEqual([]);
  });

  it('stems English words and leaves other languages alone', () => {
    expect(stem('invoices')).toBe(stem('invoice'));
    expect(stem('rechnungen', 'de')).toBe('rechnungen');
  });

  it('knows the filler words of English questions and support messages, and none for other languages', () => {
    const english = stopWordsFor('en');
    for (const word of ['how', 'do', 'i', 'my', 'please', 'help', 'cant', 'does']) expect(english.has(word), word).toBe(true);
    for (const word of ['cancel', 'invoice', 'password', 'refund', 'tax', 'id']) expect(english.has(word), word).toBe(false);
    expect(stopWordsFor('de').size).toBe(0);
  });
});

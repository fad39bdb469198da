import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../../site/client/search-vocabulary.ts';

const vocabulary = new Vocabulary({
  version: 1,
  language: 'en',
  pages: 10,
  words: ['password', 'invoice', 'refund', 'cancel', 'notifications', 'schedule', 'shift', 'time', '2fa', 'reset'],
  realWords: ['passport', 'tire', 'swift'],
});

describe('Vocabulary', () => {
  it('knows the KB’s words and their other forms', () => {
    expect(vocabulary.knows('invoice')).toBe(true);
    expect(vocabulary.knows('invoices')).toBe(true);
    expect(vocabulary.knows('cancelled')).toBe(true);
    expect(vocabulary.knows('2fa')).toBe(true);
    expect(vocabulary.knows('kubernetes')).toBe(false);
  });

  it('corrects misspellings by the stated rule: one edit up to 7 letters, two from 8, a swap counting as one', () => {
    expect(vocabulary.correct('pasword')).toBe('password');
    expect(vocabulary.correct('invocie')).toBe('invoice');
    expect(vocabulary.correct('refnd')).toBe('refund');
    expect(vocabulary.correct('cancle')).toBe('cancel');
    expect(vocabulary.correct('notifcaton')).toBeUndefined(); // three edits away
    expect(vocabulary.correct('notificatons')).toBe('notifications');
  });

  it('never corrects short words, words with digits, a different first letter or a real word', () => {
    expect(vocabulary.correct('tme')).toBeUndefined();
    expect(vocabulary.correct('2fb')).toBeUndefined();
    expect(vocabulary.correct('fefund')).toBeUndefined();
    expect(vocabulary.correct('passport')).toBeUndefined();
    expect(vocabulary.correct('tire')).toBeUndefined();
    expect(vocabulary.correct('xyzzy')).toBeUndefined();
  });

  it('tells prefixes of KB words', () => {
    expect(vocabulary.completes('passw')).toBe(true);
    expect(vocabulary.completes('password')).toBe(false);
  });
});

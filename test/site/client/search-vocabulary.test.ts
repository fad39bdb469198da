import { describe, expect, it } from 'vitest';
import { frontCode } from '../../../plugins/text/front-coding.ts';
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

  it('reads a misspelt word as the English word it is nearest to when that word is strictly closer than any KB word', () => {
    const withCommon = new Vocabulary({
      version: 1,
      language: 'en',
      pages: 10,
      words: ['pricing', 'overtime', 'tier', 'draw', 'drawing'],
      common: [frontCode(['printing', 'printer']), frontCode(['calculated', 'draining'])],
    });
    // Two edits from the KB's "pricing", one from "printing": the customer meant printing, which the KB does not use.
    expect(withCommon.nearest('pritning')).toEqual({ word: 'printing', kb: false, band: 0 });
    expect(withCommon.correct('pritning')).toBeUndefined();
    expect(withCommon.nearest('calulated')).toEqual({ word: 'calculated', kb: false, band: 1 });
    // A misspelt filler word has no band: the query drops it.
    expect(withCommon.nearest('becuase')).toEqual({ word: 'because', kb: false });
    // As close to a KB word as to another word: the KB word wins.
    expect(withCommon.nearest('thier')).toEqual({ word: 'tier', kb: true });
    // A common word is spelled right: never corrected, even two edits from a KB word.
    expect(withCommon.nearest('draining')).toBeUndefined();
    expect(withCommon.nearest('overtme')).toEqual({ word: 'overtime', kb: true });
  });

  it('reads the rarer dictionary words shard by shard: spelled right, weighed in the band after the common ones, never for a KB word', () => {
    const rare = new Vocabulary({
      version: 1,
      language: 'en',
      pages: 10,
      words: ['encrypt', 'data', 'inbox'],
      common: [frontCode(['home']), frontCode(['appointment'])],
      forms: frontCode(['encrypted']),
      dictionary: ['en', 'in', 'sp'],
    });
    expect(rare.dictionaryBand).toBe(2);
    // Only the shards that exist and may hold an unplaced word: not KB words, common words, stop words, numbers or short words.
    expect(rare.shardsFor(['spreadsheet', 'home', 'data', 'inbox', 'zzz', 'kubernetes', '429', 'sp', 'into'])).toEqual(['sp']);
    expect(rare.commonBand('spreadsheet')).toBeUndefined();
    rare.addShard('sp', ['spreadsheet', 'spreadsheets']);
    expect(rare.commonBand('spreadsheet')).toBe(2);
    expect(rare.shardsFor(['spreadsheet', 'spool'])).toEqual([]);
    rare.addShard('in', ['inbox', 'inboxes']);
    expect(rare.commonBand('inbox')).toBeUndefined();
    // A typo of a rarer form of a KB word is corrected to it, before any shard is read.
    expect(rare.correct('encryted')).toBe('encrypted');
  });

  it('tells prefixes of KB words', () => {
    expect(vocabulary.completes('passw')).toBe(true);
    expect(vocabulary.completes('password')).toBe(false);
  });
});

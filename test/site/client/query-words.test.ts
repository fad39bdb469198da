import { describe, expect, it } from 'vitest';
import { analyzeQuery, MAX_WORDS } from '../../../site/client/query-words.ts';
import { Vocabulary } from '../../../site/client/search-vocabulary.ts';
import { frontCode } from '../../../plugins/text/front-coding.ts';

const vocabulary = new Vocabulary({
  version: 1,
  language: 'en',
  pages: 5,
  words: ['cancel', 'subscription', 'password', 'reset', 'invoice', 'sign', 'log', 'trial', 'payroll', 'pay', 'time', 'grayed', 'plan'],
  realWords: ['passport', 'trail'],
  phrases: ['log in', 'sign up', 'sign in'],
  variants: { greyed: 'grayed' },
  common: [frontCode(['home', 'night', 'time']), frontCode(['appointment', 'button'])],
});
const kinds = (query: string, typing = false) => analyzeQuery(query, vocabulary, { typing }).words.map((w) => `${w.word}:${w.kind}${w.term && w.term !== w.word ? `→${w.term}` : ''}`);

describe('analyzeQuery', () => {
  it('drops the filler of a question and reads each remaining word', () => {
    expect(kinds('How do I cancel my subscription?')).toEqual(['cancel:known', 'subscription:known']);
    expect(kinds('how do i')).toEqual([]);
  });

  it('corrects typos and writes the corrected query', () => {
    const analysis = analyzeQuery('Pasword reset', vocabulary);
    expect(analysis.words.map((w) => w.term)).toEqual(['password', 'reset']);
    expect(analysis.corrected).toBe('password reset');
    expect(analyzeQuery('reset password', vocabulary).corrected).toBeUndefined();
    // Only the corrected word changes: the rest stays as written, with its case and accents.
    expect(analyzeQuery('Pasword für Zürich, bitte!', vocabulary).corrected).toBe('password für Zürich bitte');
  });

  it('keeps words it does not know as unknown, including real words near KB words, with how common they are', () => {
    expect(kinds('renew my passport')).toEqual(['renew:unknown', 'passport:unknown']);
    expect(kinds('kubernetes helm chart')).toEqual(['kubernetes:unknown', 'helm:unknown', 'chart:unknown']);
    expect(analyzeQuery('home appointment kubernetes', vocabulary).words.map((w) => w.band)).toEqual([0, 1, undefined]);
  });

  it('reads a misspelt filler word as filler and a misspelt common word as that word, unsearched', () => {
    expect(kinds('reset thier password')).toEqual(['reset:known', 'password:known']);
    const analysis = analyzeQuery('appointmnet at nihgt', vocabulary);
    expect(analysis.words.map((w) => [w.word, w.kind, w.band])).toEqual([['appointmnet', 'unknown', 1], ['nihgt', 'unknown', 0]]);
    expect(analysis.corrected).toBeUndefined();
    // Contractions and possessives typed without the apostrophe are filler too.
    expect(kinds('havent seen someones invoice')).toEqual(['seen:unknown', 'invoice:known']);
  });

  it('reads another dialect’s spelling as the KB’s, without calling it a correction', () => {
    const analysis = analyzeQuery('cancel plan greyed out', vocabulary);
    expect(analysis.words.map((w) => `${w.word}:${w.kind}→${w.term}`)).toEqual(['cancel:known→cancel', 'plan:known→plan', 'greyed:variant→grayed']);
    expect(analysis.corrected).toBeUndefined();
  });

  it('joins two words the KB writes as one, and splits one it writes as two', () => {
    expect(kinds('pay roll export')).toEqual(['pay roll:joined→payroll', 'export:unknown']);
    expect(kinds('signup')).toEqual(['signup:split→sign up']);
    expect(kinds('timeplan')).toEqual(['timeplan:split→time plan']);
    expect(kinds('xyzzy')).toEqual(['xyzzy:unknown']);
    // A common English word is a word of its own, never a stop word and a KB word ("re member").
    const members = new Vocabulary({ version: 1, language: 'en', pages: 5, words: ['member', 'team'], common: [frontCode(['remember']), frontCode(['reteam'])] });
    expect(analyzeQuery('remember', members).words.map((w) => w.kind)).toEqual(['unknown']);
    expect(analyzeQuery('reteam', members).words.map((w) => w.kind)).toEqual(['unknown']);
    expect(analyzeQuery('reteam', new Vocabulary({ version: 1, language: 'en', pages: 5, words: ['member', 'team'] })).words.map((w) => w.term)).toEqual(['re team']);
  });

  it('reads a number in the plural as the number the KB uses', () => {
    const numbers = new Vocabulary({ version: 1, language: 'en', pages: 5, words: ['429', 'rate'] });
    expect(analyzeQuery('getting 429s', numbers).words.map((w) => `${w.word}:${w.kind}→${w.term}`)).toEqual(['getting:unknown→', '429s:known→429']);
    expect(analyzeQuery('500s', numbers).words.map((w) => w.kind)).toEqual(['unknown']);
  });

  it('offers a real word that is a KB word with two letters swapped, read so only on request (the second reading)', () => {
    expect(analyzeQuery('extend my trail', vocabulary).words.map((w) => [w.kind, w.swap])).toEqual([['unknown', undefined], ['unknown', 'trial']]);
    const second = analyzeQuery('extend my trail', vocabulary, { swaps: true });
    expect(second.words.map((w) => w.term)).toEqual(['', 'trial']);
    expect(second.corrected).toBe('extend my trial');
    expect(analyzeQuery('renew my passport', vocabulary, { swaps: true }).words.map((w) => w.kind)).toEqual(['unknown', 'unknown']);
  });

  it('tells a query that says something is wrong', () => {
    expect(analyzeQuery("can't sign in", vocabulary).symptom).toBe(true);
    expect(analyzeQuery('payroll export failed', vocabulary).symptom).toBe(true);
    expect(analyzeQuery('how do i sign in', vocabulary).symptom).toBe(false);
  });

  it('reads the word being typed as a prefix, only while typing and only at the end', () => {
    expect(kinds('reset passw', true)).toEqual(['reset:known', 'passw:prefix']);
    expect(kinds('reset passw', false)).toEqual(['reset:known', 'passw:unknown']);
    expect(kinds('reset passw ', true)).toEqual(['reset:known', 'passw:unknown']);
  });

  it('dedupes, and reads at most MAX_WORDS words of a long query', () => {
    expect(analyzeQuery('cancel cancel invoice', vocabulary).words.map((w) => w.word)).toEqual(['cancel', 'invoice']);
    const long = Array.from({ length: 30 }, (_, i) => `word${i}x`).join(' ');
    expect(analyzeQuery(long, vocabulary).words).toHaveLength(MAX_WORDS);
  });

  it('finds the KB phrases holding a stop word, which the filler filter alone would break', () => {
    const analysis = analyzeQuery("Can't log in after sign-up", vocabulary);
    expect(analysis.words.map((w) => w.word)).toEqual(['log', 'sign']);
    expect(analysis.phrases).toEqual(['log in', 'sign up']);
    expect(analyzeQuery('cant sign into my account', vocabulary).phrases).toEqual(['sign in']);
    expect(analyzeQuery('login', vocabulary).phrases).toEqual([]);
  });

  it('finds no words in punctuation, emoji or markup-only text', () => {
    expect(kinds('?!… 👩‍💻👍🏽')).toEqual([]);
    expect(kinds('<img src=x onerror=alert(1)>').every((w) => w.endsWith(':unknown'))).toBe(true);
  });
});

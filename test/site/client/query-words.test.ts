import { describe, expect, it } from 'vitest';
import { analyzeQuery, MAX_WORDS } from '../../../site/client/query-words.ts';
import { Vocabulary } from '../../../site/client/search-vocabulary.ts';

const vocabulary = new Vocabulary({
  version: 1,
  language: 'en',
  pages: 5,
  words: ['cancel', 'subscription', 'password', 'reset', 'invoice', 'sign', 'log'],
  actions: ['cancel', 'reset'],
  realWords: ['passport'],
  phrases: ['log in', 'sign up'],
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
  });

  it('keeps words it does not know as unknown, including real words near KB words', () => {
    expect(kinds('renew my passport')).toEqual(['renew:unknown', 'passport:unknown']);
    expect(kinds('kubernetes helm chart')).toEqual(['kubernetes:unknown', 'helm:unknown', 'chart:unknown']);
  });

  it('reads the word being typed as a prefix, only while typing and only at the end', () => {
    expect(kinds('reset passw', true)).toEqual(['reset:known', 'passw:prefix']);
    expect(kinds('reset passw', false)).toEqual(['reset:known', 'passw:unknown']);
    expect(kinds('reset passw ', true)).toEqual(['reset:known', 'passw:unknown']);
  });

  it('marks action words, dedupes, and reads at most MAX_WORDS words of a long query', () => {
    expect(analyzeQuery('cancel cancel invoice', vocabulary).words.map((w) => [w.word, w.action])).toEqual([['cancel', true], ['invoice', false]]);
    const long = Array.from({ length: 30 }, (_, i) => `word${i}x`).join(' ');
    expect(analyzeQuery(long, vocabulary).words).toHaveLength(MAX_WORDS);
  });

  it('finds the KB phrases holding a stop word, which the filler filter alone would break', () => {
    const analysis = analyzeQuery("Can't log in after sign-up", vocabulary);
    expect(analysis.words.map((w) => w.word)).toEqual(['log', 'sign']);
    expect(analysis.phrases).toEqual(['log in', 'sign up']);
    expect(analyzeQuery('login', vocabulary).phrases).toEqual([]);
  });

  it('finds no words in punctuation, emoji or markup-only text', () => {
    expect(kinds('?!… 👩‍💻👍🏽')).toEqual([]);
    expect(kinds('<img src=x onerror=alert(1)>').every((w) => w.endsWith(':unknown'))).toBe(true);
  });
});

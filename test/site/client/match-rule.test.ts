import { describe, expect, it } from 'vitest';
import { isHowWord, rankPages, rarity, type WordLookup } from '../../../site/client/match-rule.ts';

const TOTAL = 50;
const hit = (id: string, score: number, fields: string[] = [], locations: number[] = []) => ({ id, score, fields, locations });
const lookup = (word: string, hits: WordLookup['hits'], action = false): WordLookup => ({ word, term: word, action, hits });

describe('rankPages', () => {
  it('keeps an article only when it covers half the query’s weight', () => {
    const cancel = lookup('cancel', [hit('a', 10, ['title']), hit('b', 2)]);
    const subscription = lookup('subscription', [hit('a', 8, ['keywords']), hit('c', 9, ['title'])]);
    const ranked = rankPages([cancel, subscription], [], TOTAL);
    // c has only the more common of the two words; b has the rarer one in its body only.
    expect(ranked.map((p) => p.id)).toEqual(['a']);
    expect(ranked[0]?.coverage).toBeCloseTo(1);
  });

  it('finds nothing when the query’s main word is one the KB never uses', () => {
    const price = lookup('price', [hit('pricing', 20, ['title', 'keywords'])]);
    expect(rankPages([price], [{ word: 'bitcoin' }], TOTAL)).toEqual([]);
    expect(rankPages([], [{ word: 'xyzzy' }], TOTAL)).toEqual([]);
  });

  it('counts a word found only in an article’s body a quarter', () => {
    const body = lookup('router', [hit('a', 3)]);
    const strong = lookup('reset', [hit('a', 5, ['title'])]);
    expect(rankPages([body], [], TOTAL)).toEqual([]);
    expect(rankPages([strong, body], [], TOTAL).map((p) => p.id)).toEqual(['a']);
  });

  it('weighs action words and verb forms half, so “enable 2fa” still finds the 2FA article', () => {
    expect(isHowWord({ word: 'calculated' })).toBe(true);
    expect(isHowWord({ word: 'enable', action: true })).toBe(true);
    expect(isHowWord({ word: 'overtime' })).toBe(false);
    const twoFactor = lookup('2fa', [hit('2fa', 12, ['keywords'])]);
    expect(rankPages([twoFactor], [{ word: 'enable', action: true }], TOTAL).map((p) => p.id)).toEqual(['2fa']);
    expect(rankPages([twoFactor], [{ word: 'enable' }], TOTAL)).toEqual([]);
  });

  it('orders by coverage first, then Pagefind’s score', () => {
    const charged = lookup('charged', [hit('double', 5, ['title'])]);
    const twice = lookup('twice', [hit('double', 5, ['title']), hit('login', 90, ['synonyms'])]);
    const two = lookup('two', [hit('login', 90, ['keywords']), hit('double', 1, ['synonyms'])]);
    expect(rankPages([charged, twice, two], [], TOTAL)[0]?.id).toBe('double');
  });

  it('prefers the article with a keyword phrase the stop-word filter would break (“sign up”)', () => {
    const sign = lookup('sign', [hit('sso', 80, ['title', 'keywords']), hit('signup', 10, ['keywords'])], true);
    const phrase = { phrase: 'sign up', terms: ['sign'], hits: [{ id: 'signup', locations: [3] }] };
    expect(rankPages([sign], [], TOTAL).map((p) => p.id)).toEqual(['sso', 'signup']);
    const ranked = rankPages([sign], [], TOTAL, [phrase]);
    expect(ranked.map((p) => p.id)).toEqual(['signup', 'sso']);
    expect(ranked[0]?.coverage).toBeCloseTo(1);
    expect(ranked[1]?.coverage).toBeCloseTo(0.5);
  });

  it('joins the match positions of every word for the excerpt', () => {
    const ranked = rankPages([lookup('a', [hit('p', 1, ['title'], [9, 2])]), lookup('b', [hit('p', 1, ['title'], [2, 5])])], [], TOTAL);
    expect(ranked[0]?.locations).toEqual([2, 5, 9]);
    expect(ranked[0]?.terms).toEqual(['a', 'b']);
  });

  it('uses BM25’s rarity', () => {
    expect(rarity(0, TOTAL)).toBeGreaterThan(rarity(1, TOTAL));
    expect(rarity(TOTAL, TOTAL)).toBeCloseTo(Math.log(1 + 0.5 / (TOTAL + 0.5)));
  });
});

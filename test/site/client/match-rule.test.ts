import { describe, expect, it } from 'vitest';
import { rankPages, rarity, unknownWeight, type WordLookup } from '../../../site/client/match-rule.ts';

const TOTAL = 50;
const hit = (id: string, score: number, fields: string[] = [], locations: number[] = []) => ({ id, score, fields, locations });
const lookup = (word: string, hits: WordLookup['hits'], extra: Partial<WordLookup> = {}): WordLookup => ({ word, term: word, hits, ...extra });

describe('rankPages', () => {
  it('keeps an article only when it covers half the query’s weight', () => {
    const cancel = lookup('cancel', [hit('a', 10, ['title']), hit('b', 2)]);
    const subscription = lookup('subscription', [hit('a', 8, ['keywords']), hit('c', 9, ['title'])]);
    const ranked = rankPages([cancel, subscription], [], TOTAL);
    // c has only one of the two words; b has one in its body only.
    expect(ranked.map((p) => p.id)).toEqual(['a']);
    expect(ranked[0]?.coverage).toBeCloseTo(1);
  });

  it('weighs a word the KB does not use by how common it is in English', () => {
    expect(unknownWeight({ word: 'netflix' }, TOTAL)).toBeCloseTo(2 * rarity(0, TOTAL));
    expect(unknownWeight({ word: 'home', band: 0 }, TOTAL)).toBeLessThan(unknownWeight({ word: 'appointment', band: 1 }, TOTAL));
    expect(unknownWeight({ word: 'appointment', band: 1 }, TOTAL)).toBeLessThan(unknownWeight({ word: 'netflix' }, TOTAL));
    const cancel = lookup('cancel', [hit('cancel', 10, ['title'])], { band: 0 });
    const subscription = lookup('subscription', [hit('cancel', 8, ['keywords'])], { band: 1 });
    // An ordinary word a customer adds costs little; a brand the KB never mentions changes the subject.
    expect(rankPages([cancel, subscription], [{ word: 'today', band: 0 }], TOTAL).map((p) => p.id)).toEqual(['cancel']);
    expect(rankPages([cancel, subscription], [{ word: 'netflix' }], TOTAL)).toEqual([]);
    expect(rankPages([], [{ word: 'xyzzy' }], TOTAL)).toEqual([]);
  });

  it('weighs a KB word by its rarity in the KB’s topics, and never above its rarity in English', () => {
    const common = lookup('month', [hit('a', 1, ['title'])], { band: 0 });
    const rare = lookup('receipt', [hit('b', 1, ['title'])]);
    const ranked = rankPages([common, rare], [], TOTAL);
    expect(ranked.map((p) => p.id)).toEqual(['b']);
  });

  it('counts a word found only in an article’s body a quarter, and needs one word in the title, keywords, summary or synonyms', () => {
    const body = lookup('router', [hit('a', 3)]);
    const strong = lookup('reset', [hit('a', 5, ['title'])]);
    expect(rankPages([body], [], TOTAL)).toEqual([]);
    expect(rankPages([strong, body], [], TOTAL).map((p) => p.id)).toEqual(['a']);
    const [r0, r1] = [rarity(0, TOTAL), rarity(1, TOTAL)];
    expect(rankPages([strong, body], [], TOTAL)[0]?.coverage).toBeCloseTo((r1 + 0.25 * r0) / (r1 + r0));
  });

  it('counts a body word half when it stands near another word of the query (the passage that answers it)', () => {
    const cancel = lookup('cancel', [hit('a', 10, ['title'], [0, 40])], { at: 0 });
    const grayed = lookup('grayed', [hit('a', 1, [], [45])], { at: 2 });
    const far = lookup('grayed', [hit('a', 1, [], [90])], { at: 2 });
    const [r0, r1] = [rarity(0, TOTAL), rarity(1, TOTAL)];
    expect(rankPages([cancel, grayed], [], TOTAL)[0]?.coverage).toBeCloseTo((r1 + 0.5 * r0) / (r1 + r0));
    expect(rankPages([cancel, far], [], TOTAL)[0]?.coverage).toBeCloseTo((r1 + 0.25 * r0) / (r1 + r0));
  });

  it('counts body words fully when they stand as the query has them (“quiet hours”), still below a page that has them in its title', () => {
    const quietHere = hit('notifications', 1, [], [30]);
    const quiet = lookup('quiet', [quietHere], { at: 0 });
    const hours = lookup('hours', [hit('notifications', 1, [], [31]), hit('payroll', 5, ['title'], [2])], { at: 1 });
    const page = rankPages([quiet, hours], [], TOTAL).find((p) => p.id === 'notifications');
    expect(page?.coverage).toBeCloseTo(1);
    // In the other order they only stand near each other: a passage, and no result for a page about neither.
    const apart = lookup('hours', [hit('notifications', 1, [], [29])], { at: 1 });
    expect(rankPages([quiet, apart], [], TOTAL)).toEqual([]);
    const titled = lookup('quiet', [quietHere, hit('titled', 1, ['title'], [0])], { at: 0 });
    const titledHours = lookup('hours', [hit('notifications', 1, [], [31]), hit('titled', 1, ['title'], [1])], { at: 1 });
    expect(rankPages([titled, titledHours], [], TOTAL).map((p) => p.id)).toEqual(['titled', 'notifications']);
  });

  it('never reads two words as standing together across a word the KB lacks (“how long to bake salmon at 400”)', () => {
    const long = lookup('long', [hit('errors', 1, [], [10])], { at: 1 });
    const number = lookup('400', [hit('errors', 1, [], [15])], { at: 6 });
    // As far apart on the page as in the query, but "bake salmon" stands between them in the query.
    expect(rankPages([long, number], [], TOTAL).map((p) => p.id)).toEqual(['errors']);
    expect(rankPages([long, number], [{ word: 'salmon', at: 4 }], TOTAL)).toEqual([]);
  });

  it('keeps a page about none of the words only when it quotes two of them exactly as typed', () => {
    const transfer = lookup('transfer', [hit('roles', 1, [], [40])], { at: 0 });
    const ownership = lookup('ownership', [hit('roles', 1, [], [41])], { at: 1 });
    expect(rankPages([transfer, ownership], [], TOTAL).map((p) => p.id)).toEqual(['roles']);
    // One word apart counts as standing together for coverage, not as a quote.
    const apart = lookup('ownership', [hit('roles', 1, [], [42])], { at: 1 });
    expect(rankPages([transfer, apart], [], TOTAL)).toEqual([]);
  });

  it('puts first the article where neighbouring words of the query stand together (“approve pto”)', () => {
    const approve = lookup('approve', [hit('approve', 5, ['keywords'], [10]), hit('request', 5, ['keywords'], [3])], { at: 0 });
    const pto = lookup('pto', [hit('approve', 5, ['keywords'], [11]), hit('request', 5, ['keywords'], [20])], { at: 1 });
    expect(rankPages([approve, pto], [], TOTAL).map((p) => p.id)).toEqual(['approve', 'request']);
  });

  it('prefers a troubleshooting article when the query says something is wrong, and the others when it does not', () => {
    const invite = lookup('invite', [hit('fix', 5, ['title']), hit('how', 5, ['title'])]);
    const troubleshooting = new Set(['fix']);
    expect(rankPages([invite], [], TOTAL, [], { symptom: true, troubleshooting }).map((p) => p.id)).toEqual(['fix', 'how']);
    expect(rankPages([invite], [], TOTAL, [], { symptom: false, troubleshooting }).map((p) => p.id)).toEqual(['how', 'fix']);
  });

  it('moves up the article whose title starts with the query’s action word (the task it names)', () => {
    // "Invite your team" names the task; "Fix an invite that never arrived" names a fix, unless something is wrong.
    const invite = lookup('invite', [hit('fix', 6, ['title'], [2]), hit('how', 5, ['title'], [0])], { action: true, at: 0 });
    const staff = lookup('staff', [hit('fix', 6, ['summary'], [9]), hit('how', 5, ['summary'], [5])], { at: 1 });
    expect(rankPages([invite, staff], [], TOTAL).map((p) => p.id)).toEqual(['how', 'fix']);
    const noAction = lookup('invite', invite.hits, { at: 0 });
    expect(rankPages([noAction, staff], [], TOTAL).map((p) => p.id)).toEqual(['fix', 'how']);
  });

  it('orders by coverage first, then Pagefind’s score', () => {
    const charged = lookup('charged', [hit('double', 5, ['title'])]);
    const twice = lookup('twice', [hit('double', 5, ['title']), hit('login', 90, ['synonyms'])]);
    const two = lookup('two', [hit('login', 90, ['keywords']), hit('double', 1, ['synonyms'])]);
    expect(rankPages([charged, twice, two], [], TOTAL)[0]?.id).toBe('double');
  });

  it('prefers the article with a keyword phrase the stop-word filter would break (“sign up”)', () => {
    const sign = lookup('sign', [hit('sso', 80, ['title', 'keywords']), hit('signup', 10, ['keywords'])]);
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

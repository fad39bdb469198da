/** Phrase rules: whole words on stems, any case, curly quotes, "with" (near) and "unless" context. */
import { describe, expect, it } from 'vitest';
import { stemmerFor } from '../../../plugins/text/stem-languages.ts';
import { compilePhrases, stemWords } from '../../../scripts/triage/phrase-matcher.ts';
import { largestAmount, moneyAmounts } from '../../../scripts/triage/money-amounts.ts';

type Rules = Parameters<typeof compilePhrases>[0];
const find = (rules: Rules, text: string, language = 'en') => compilePhrases(rules, stemmerFor(language)).find(stemWords(text, stemmerFor(language)));

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

describe('matching on stems', () => {
  it.each([
    ['en', 'hacked', 'Someone is hacking my account'],
    ['en', 'charged twice', 'I was CHARGES twice?'],
    ['en', 'lose data', 'we are losing data'],
    ['de', 'abbuchen', 'Mir wurde doppelt abgebucht'],
    ['de', 'gehackt', 'Kann jemand mein Konto hacken?'],
    ['de', 'rechnung', 'Meine Rechnungen sind falsch'],
    ['de', 'gelöscht', 'Wer kann Daten löschen?'],
    ['de', 'funktioniert nicht', 'Das Funktionieren nicht'],
  ])('%s: "%s" finds "%s"', (language, phrase, text) => {
    expect(find([phrase], text, language)).toEqual([phrase]);
  });

  it('keeps words apart that only share a prefix', () => {
    expect(find(['log in'], 'my blog in German')).toEqual([]);
    expect(find(['konto'], 'Kontoauszug', 'de')).toEqual([]);
  });

  it('counts a "with" phrase only within the given number of words', () => {
    const rule = { any: ['nobody'], with_any: ['can log in'], within_words: 4 };
    expect(find([rule], 'Nobody on our team can log in')).toEqual(['nobody … can log in']);
    expect(find([rule], 'Nobody told me that only admins of the workspace can log in there')).toEqual([]);
    const before = { any: ['lost'], with_any: ['data'], within_words: 3 };
    expect(find([before], 'the data you lost')).toEqual(['lost … data']);
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

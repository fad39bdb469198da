import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildVocabulary, COMMON_BANDS, formsOf, readIndexedTexts, realWordsNear, spellingVariants } from '../../../scripts/build/search-vocabulary.ts';
import { DICTIONARY_TOP, dictionaryShards, writeDictionaryShards } from '../../../scripts/build/search-dictionary.ts';
import { frontDecode } from '../../../plugins/text/front-coding.ts';
import { englishLevels } from '../../../plugins/text/word-commonness.ts';

describe('the search vocabulary', () => {
  it('holds every word of the indexed text and searchable metadata, most pages first, without stop words', () => {
    const vocabulary = buildVocabulary(
      [
        { content: 'Download invoices and receipts. How do I get a PDF? Call 5551234567.', meta: { title: 'Download invoices', keywords: 'invoice, pdf', image: 'hero.png' } },
        { content: 'Request a refund of an invoice.', meta: { title: 'Request a refund', keywords: "can't log in, sign up, refund", synonyms: 'money back' } },
      ],
      { language: 'en', actionWords: ['Download', 'Set up'] },
    );
    expect(vocabulary.pages).toBe(2);
    expect(vocabulary.words.slice(0, 1)).toEqual(['invoice']);
    expect(vocabulary.words).toEqual(expect.arrayContaining(['download', 'invoices', 'receipts', 'pdf', 'refund', 'money', 'back']));
    for (const left of ['how', 'do', 'a', '5551234567', 'hero', 'png']) expect(vocabulary.words).not.toContain(left);
    expect(vocabulary.phrases).toEqual(['cant log in', 'sign up']);
  });

  it('lists the words on nearly every page (98% or more), which search leaves out of a query with other words', () => {
    const pages = Array.from({ length: 50 }, (_, i) => ({ content: `Time to plan. ${i < 49 ? 'Shift notes.' : ''} ${i === 0 ? 'Refund.' : ''}`, meta: { title: `Page ${i}` } }));
    const vocabulary = buildVocabulary(pages, { language: 'en' });
    expect(vocabulary.everywhere).toEqual(['notes', 'page', 'plan', 'shift', 'time']);
    expect(vocabulary.everywhere).not.toContain('refund');
  });

  it('lists the phrase a title starts with (an action word and a particle), the troubleshooting pages and the common English words', () => {
    const vocabulary = buildVocabulary(
      [
        { id: 'en_1', content: 'Set up webhooks', meta: { title: 'Set up webhooks', type: 'reference' } },
        { id: 'en_2', content: 'Fix webhooks', meta: { title: 'Fix webhooks that fail', type: 'troubleshooting' } },
        // "Request a" is a verb and its object's article, not one verb of two words.
        { id: 'en_3', content: 'Request a refund', meta: { title: 'Request a refund', type: 'how-to' } },
      ],
      { language: 'en', actionWords: ['set', 'fix', 'request'] },
    );
    expect(vocabulary.phrases).toEqual(['set up']);
    expect(vocabulary.troubleshooting).toEqual(['en_2']);
    // A configured synonym phrase with a stop word is a KB phrase even where an article writes it in its body only (it is indexed under the group's other phrases).
    const withSynonyms = buildVocabulary([{ content: 'Sign in with your email.', meta: { title: 'Fix login problems' } }], {
      language: 'en',
      synonyms: [['sign in', 'log in', 'login'], ['time off', 'pto'], ['clock in', 'punch in']],
    });
    expect(withSynonyms.phrases).toEqual(['clock in', 'log in', 'punch in', 'sign in']);
    expect(vocabulary.common).toHaveLength(COMMON_BANDS.length);
    const [mostCommon = [], common = []] = vocabulary.common.map(frontDecode);
    expect(mostCommon).toContain('home');
    expect(common).toContain('appointment');
    expect([...mostCommon, ...common]).not.toContain('the');
    expect([...mostCommon, ...common]).not.toContain('kubernetes');
  });

  it('counts the names of days and months as common words (the word lists leave out proper nouns)', () => {
    const vocabulary = buildVocabulary([{ content: 'Swap a shift', meta: { title: 'Swap a shift' } }], { language: 'en' });
    const [mostCommon = []] = vocabulary.common.map(frontDecode);
    expect(mostCommon).toEqual(expect.arrayContaining(['saturday', 'friday', 'december']));
  });

  it('writes the rarer dictionary words in shards by their first two letters, and lists the forms of KB words among them', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'kb-dictionary-'));
    const levels = englishLevels('en');
    const shards = dictionaryShards(levels, COMMON_BANDS[COMMON_BANDS.length - 1] as number, new Set());
    expect(shards.get('sp')).toContain('spreadsheet');
    expect(shards.get('in')).toContain('inbox');
    // Common words ship in the vocabulary, names in no list anywhere.
    expect(shards.get('ho') ?? []).not.toContain('home');
    expect([...shards.values()].flat()).not.toContain('kubernetes');
    expect([...shards.values()].flat().every((word) => (levels.get(word)?.level ?? 0) <= DICTIONARY_TOP)).toBe(true);
    const keys = writeDictionaryShards(out, shards);
    expect(keys).toEqual([...shards.keys()].sort());
    expect(frontDecode(readFileSync(path.join(out, 'search/dictionary/sp.txt'), 'utf8'))).toEqual(shards.get('sp'));
    const vocabulary = buildVocabulary([{ content: 'Data is encrypt at rest.', meta: { title: 'Encrypt data' } }], { language: 'en' });
    expect(vocabulary.dictionary).toEqual(keys);
    expect(frontDecode(vocabulary.forms)).toContain('encrypted');
    expect(formsOf(['encrypt'], ['encrypted', 'encrypt', 'spreadsheet'], 'en')).toEqual(['encrypted']);
  });

  it('reads another dialect’s spelling of a KB word as that word, by the usual British and American spellings only', () => {
    const near = new Map([
      ['greyed', ['grayed']],
      ['colour', ['color']],
      ['matt', ['math']],
      ['passport', ['password']],
    ]);
    expect(spellingVariants(near, englishLevels('en'))).toEqual({ greyed: 'grayed', colour: 'color' });
  });

  it('lists the dictionary words a typo away from a KB word, which search must not correct', () => {
    const dictionary = new Set(['passport', 'password', 'passwords', 'time', 'tire', 'tide', 'apple', 'shirt']);
    expect(realWordsNear(['password', 'time', 'shift'], dictionary, 'en')).toEqual(['passport', 'shirt', 'tide', 'tire']);
  });

  it('reads Pagefind fragments back, gzipped or not', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-vocabulary-'));
    mkdirSync(path.join(dir, 'fragment'));
    const fragment = (content: string) => Buffer.from(`pagefind_dcd${JSON.stringify({ url: '/a/', content, meta: { title: 'T' } })}`);
    writeFileSync(path.join(dir, 'fragment', 'a.pf_fragment'), gzipSync(fragment('first page')));
    writeFileSync(path.join(dir, 'fragment', 'b.pf_fragment'), fragment('second page'));
    expect(readIndexedTexts(dir)).toEqual([
      { id: 'a', content: 'first page', meta: { title: 'T' } },
      { id: 'b', content: 'second page', meta: { title: 'T' } },
    ]);
  });
});

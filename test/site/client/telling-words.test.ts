import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../../site/client/query-words.ts';
import { Vocabulary } from '../../../site/client/search-vocabulary.ts';
import { tellingWords } from '../../../site/client/telling-words.ts';

const vocabulary = new Vocabulary({
  version: 1,
  language: 'en',
  pages: 5000,
  words: ['time', 'add', 'off', 'request', 'balance'],
  actions: ['add', 'request'],
  everywhere: ['add', 'time'],
});

const looked = (query: string) => tellingWords(analyzeQuery(query, vocabulary).words, vocabulary).map((word) => word.term);

describe('the words a query looks up', () => {
  it('leaves out a word on nearly every page when the query has others', () => {
    expect(looked('time off balance')).toEqual(['off', 'balance']);
  });

  it('keeps an action word on every page: where it stands in a title names the task', () => {
    expect(looked('add time off')).toEqual(['add', 'off']);
  });

  it('keeps the words on every page when the query has nothing else', () => {
    expect(looked('time')).toEqual(['time']);
  });
});

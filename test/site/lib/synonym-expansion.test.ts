import { describe, expect, it } from 'vitest';
import { expandSynonyms } from '../../../site/lib/synonym-expansion.ts';

const groups = [
  ['two-step verification', '2fa', 'mfa'],
  ['sign in', 'log in', 'login'],
  ['staff', 'employees'],
  ['refund', 'money back'],
];

describe('expandSynonyms', () => {
  it('indexes an article under the other phrases of the groups its title, summary or keywords use', () => {
    const expansion = expandSynonyms(groups, { title: 'Turn on two-step verification', summary: 'Add a code to your sign-in.', keywords: ['2fa'], body: 'Your employees get a code.' });
    expect(expansion.strong).toEqual(['mfa', 'log in', 'login']);
    expect(expansion.body).toEqual(['staff']);
  });

  it('matches stemmed words, any case and punctuation, and leaves articles without any phrase alone', () => {
    expect(expandSynonyms(groups, { title: 'Invite Employees', summary: '', keywords: [], body: '' }).strong).toEqual(['staff']);
    expect(expandSynonyms(groups, { title: 'Export hours', summary: 'Download a file.', keywords: [], body: 'Open the page.' })).toEqual({ strong: [], body: [] });
    expect(expandSynonyms([], { title: 'Refund', summary: '', keywords: [], body: '' })).toEqual({ strong: [], body: [] });
  });
});

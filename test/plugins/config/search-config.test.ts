/** `search.synonyms`: groups validated with file, line, key and fix. */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../plugins/config/load-config.ts';
import { configProblems } from '../../helpers/config-problems.ts';

const minimal = 'contact:\n  email: help@example.com\n';

describe('search.synonyms', () => {
  it('defaults to no synonyms and accepts groups of phrases', () => {
    expect(parseConfig(minimal, 'kb.config.yaml').search.synonyms).toEqual([]);
    expect(parseConfig(`${minimal}search:\n  synonyms:\n    - [mfa, 2fa, two-step verification]\n    - [log in, sign in]\n`, 'kb.config.yaml').search.synonyms).toEqual([
      ['mfa', '2fa', 'two-step verification'],
      ['log in', 'sign in'],
    ]);
  });

  it('rejects an empty group, a one-word group, a word in two groups and a word without letters', () => {
    expect(configProblems(`${minimal}search:\n  synonyms:\n    - [mfa, 2fa]\n    - []\n    - [cancel]\n    - [Log-in, sign in, 2FA]\n    - ["!!", ok]\n`)).toEqual([
      'kb.config.yaml:6:7  "search.synonyms[1]" is an empty group. Fix: list two or more words customers use for the same thing, like [mfa, 2fa], or remove the group.',
      'kb.config.yaml:7:7  "search.synonyms[2]" has one word only. Fix: list two or more words customers use for the same thing, like [mfa, 2fa], or remove the group.',
      'kb.config.yaml:8:25  "search.synonyms[3][2]" repeats "2FA", already at search.synonyms[0][1]. Fix: keep each word in one group (merge the two groups, or remove one of them).',
      'kb.config.yaml:9:8  "search.synonyms[4][0]" has no letters or digits. Fix: write a word or phrase, or remove "!!".',
    ]);
  });

  it('rejects unknown keys under search', () => {
    expect(configProblems(`${minimal}search:\n  synonym: []\n`)[0]).toContain('Unknown key "synonym" under "search"');
  });
});

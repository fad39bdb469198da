/** The words browser scripts write come from the page: every key a script uses is in the group its page carries, and the sample's German file translates them. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../plugins/config/load-config.ts';
import { localesOf } from '../../../plugins/locale/load-locales.ts';
import { englishUiStrings, uiKeys, type UiKey } from '../../../plugins/locale/ui-strings.ts';
import { articleUiKeys, contactUiKeys, homeSearchUiKeys, searchUiKeys } from '../../../site/lib/client-ui-keys.ts';

/** Each script that writes interface words, with the group of the page that runs it. */
const scripts: Record<string, readonly UiKey[]> = {
  'search-panel.ts': searchUiKeys,
  'search-dialog.ts': searchUiKeys,
  'home-search.ts': homeSearchUiKeys,
  'contact-form.ts': contactUiKeys,
  'response-promise.ts': contactUiKeys,
  'code-copy.ts': articleUiKeys,
  'copy-text.ts': articleUiKeys,
  'section-links.ts': articleUiKeys,
  'vote-widget.ts': articleUiKeys,
};

const known = new Set<string>(uiKeys);

/** The interface keys a script names: every string literal that is one, but an input's `type: 'search'` and `execCommand('copy')`. */
function keysIn(file: string): string[] {
  const text = readFileSync(path.resolve('site/client', file), 'utf8');
  return [...new Set([...text.matchAll(/(?<!type: |execCommand\()'([a-z_]+)'/g)].map((m) => m[1] as string).filter((word) => known.has(word)))];
}

describe('the interface words of browser scripts', () => {
  it('knows the group of every script that reads words from the page', () => {
    const readers = readdirSync(path.resolve('site/client')).filter((file) => file.endsWith('.ts') && readFileSync(path.resolve('site/client', file), 'utf8').includes("from './ui-text.ts'"));
    expect(readers.filter((file) => !(file in scripts))).toEqual([]);
  });

  it.each(Object.entries(scripts))('%s writes only words its page carries', (file, group) => {
    const keys = keysIn(file);
    expect(keys.length, `${file} names no interface key`).toBeGreaterThan(0);
    expect(keys.filter((key) => !group.includes(key as UiKey))).toEqual([]);
  });

  it('leaves no English phrase in a script: its words come from the page', () => {
    // Single words ("Search", "Copy") also occur in comments and code; phrases only as text shown.
    const phrases = uiKeys.map((key) => englishUiStrings[key]).filter((text) => text.includes(' '));
    for (const file of Object.keys(scripts)) {
      const text = readFileSync(path.resolve('site/client', file), 'utf8');
      expect(phrases.filter((phrase) => text.includes(phrase)), file).toEqual([]);
    }
  });

  it('has every key of every group translated in the sample’s German file', () => {
    const german = localesOf(loadConfig(path.resolve('content'))).get('de');
    // The same word in both languages.
    const alike = new Set<UiKey>(['contact_details']);
    const untranslated = [...searchUiKeys, ...homeSearchUiKeys, ...contactUiKeys, ...articleUiKeys].filter((key) => !alike.has(key) && german?.ui[key] === englishUiStrings[key]);
    expect(untranslated).toEqual([]);
  });
});

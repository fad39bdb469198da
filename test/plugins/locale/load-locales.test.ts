/** `site.locales` and `locales/<code>.yaml`: the sample loads; bad codes, clashing categories and incomplete files fail with file, line, key and fix. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../plugins/config/config-error.ts';
import { loadConfig } from '../../../plugins/config/load-config.ts';
import { localesOf } from '../../../plugins/locale/load-locales.ts';
import { configProblems } from '../../helpers/config-problems.ts';

const minimal = 'contact:\n  email: help@example.com\n';
const folders: string[] = [];

/** A KB folder with the sample's German locale file (optionally edited) and a config listing `de`. */
function kbWithGerman(edit: (text: string) => string = (t) => t): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-locales-'));
  folders.push(dir);
  writeFileSync(path.join(dir, 'kb.config.yaml'), `${minimal}site:\n  locales: [de]\n`);
  cpSync(path.resolve('content/locales'), path.join(dir, 'locales'), { recursive: true });
  const file = path.join(dir, 'locales/de.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    loadConfig(dir);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the locales to be rejected');
}

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('site.locales', () => {
  it('loads the sample: English by default, German with its words, sections and categories', () => {
    const config = loadConfig(path.resolve('content'));
    expect(config.site.locales).toEqual(['de']);
    const locales = localesOf(config);
    expect(locales.defaultCode).toBe('en');
    expect(locales.all.map((l) => l.code)).toEqual(['en', 'de']);
    const de = locales.get('de');
    expect(de?.name).toBe('Deutsch');
    expect(de?.sections.get('Quick answer')).toBe('Kurze Antwort');
    expect(de?.categories.get('billing-and-account')?.title).toBe('Abrechnung und Konto');
    expect(de?.ui.was_this_helpful).toBe('War dieser Artikel hilfreich?');
    expect(locales.get('en')?.ui.was_this_helpful).toBe('Was this helpful?');
  });

  it('rejects a code that is not ISO 639-1, the default language, and a repeated code', () => {
    expect(configProblems(`${minimal}site:\n  locales: [xx, en, de, de]\n`)).toEqual([
      'kb.config.yaml:4:13  "site.locales[0]" is not an ISO 639-1 language code. Fix: use one such as "de", "es" or "fr".',
      'kb.config.yaml:4:17  "site.locales[1]" lists "en", the default language (site.language). Fix: remove it, the default locale needs no entry.',
      'kb.config.yaml:4:25  "site.locales[3]" lists German ("de") twice. Fix: keep one entry.',
    ]);
  });

  it('rejects a category id equal to a locale code', () => {
    const problems = configProblems(`${minimal}site:\n  locales: [de]\ncategories:\n  - { id: de, title: Germany }\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^kb\.config\.yaml:6:\d+ {2}"categories\[0\]\.id" is "de", which is also a locale code .*rename the category/);
  });
});

describe('locales/<code>.yaml', () => {
  it('names a missing interface key with its file, line and fix', () => {
    const dir = kbWithGerman((t) => t.replace(/^ {2}send_feedback: .*\n/m, ''));
    const [problem, ...rest] = problemsOf(dir);
    expect(rest).toEqual([]);
    expect(problem).toMatch(/locales\/de\.yaml:\d+:\d+ {2}Missing required field "ui\.send_feedback"\. Fix: add "ui\.send_feedback:" with text\.$/);
  });

  it('names a lost placeholder and a missing section name', () => {
    const dir = kbWithGerman((t) => t.replace('Wir antworten {time}.', 'Wir antworten bald.').replace(/^ {2}Steps: Schritte\n/m, ''));
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/de\.yaml:\d+:\d+ {2}"ui\.we_answer" lost the placeholder \{time\}\. Fix: keep it where the value goes, as the English text does \("We answer \{time\}\."\)\.$/);
    expect(problems[1]).toMatch(/Missing required field "sections\.Steps"/);
  });

  it('says which file to create when a configured locale has none', () => {
    const dir = kbWithGerman();
    rmSync(path.join(dir, 'locales/de.yaml'));
    const [problem] = problemsOf(dir);
    expect(problem).toMatch(/locales\/de\.yaml: missing: site\.locales lists German \("de"\).*Fix: create it/);
  });
});

/**
 * Reads and validates `locales/<code>.yaml` for every configured locale
 * (and for the default one when the file exists). A missing file or key
 * fails like a bad `kb.config.yaml`: file, line, key and fix per problem.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config/config-error.ts';
import type { KbConfig } from '../config/kb-config-schema.ts';
import { issueProblems, readYamlConfig } from '../config/read-yaml-config.ts';
import { languageName, nativeLanguageName } from './language-codes.ts';
import { localeFileSchema, type LocaleFile } from './locale-file-schema.ts';
import { defaultLocale, defaultLocaleCode, localeSet, type Locale, type Locales } from './locales.ts';

export const LOCALES_DIR = 'locales';

const loaded = new WeakMap<KbConfig, Locales>();

function shownPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** Validates one locale file's text; `shown` is used in messages. */
export function parseLocaleFile(text: string, shown: string, config: KbConfig): LocaleFile {
  const { source, raw } = readYamlConfig(text, shown);
  const result = localeFileSchema(config).safeParse(raw);
  if (result.success) return result.data;
  throw new ConfigError(shown, issueProblems(result.error.issues, raw, source, shown));
}

function toLocale(code: string, file: LocaleFile, isDefault: boolean): Locale {
  return {
    code,
    name: file.name ?? nativeLanguageName(code),
    isDefault,
    ui: file.ui,
    sections: new Map(Object.entries(file.sections)),
    productAreas: new Map(Object.entries(file.product_areas)),
    categories: new Map(Object.entries(file.categories)),
  };
}

/** Loads every locale of the KB at `contentDir`; throws a ConfigError naming each problem. */
export function loadLocales(contentDir: string, config: KbConfig): Locales {
  const known = loaded.get(config);
  if (known) return known;
  const dir = path.join(contentDir, LOCALES_DIR);
  const base = defaultLocaleCode(config);
  const problems: string[] = [];
  const all: Locale[] = [];
  const baseFile = path.join(dir, `${base}.yaml`);
  try {
    all.push(existsSync(baseFile) ? toLocale(base, parseLocaleFile(readFileSync(baseFile, 'utf8'), shownPath(baseFile), config), true) : defaultLocale(config));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  for (const code of config.site.locales) {
    const file = path.join(dir, `${code}.yaml`);
    const shown = shownPath(file);
    if (!existsSync(file)) {
      problems.push(`${shown}: missing: site.locales lists ${languageName(code)} ("${code}"), whose interface words and section names live in this file. Fix: create it with the keys name, ui, sections, product_areas and categories (copy another locale's file and translate it), or remove "${code}" from site.locales.`);
      continue;
    }
    try {
      all.push(toLocale(code, parseLocaleFile(readFileSync(file, 'utf8'), shown, config), false));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new ConfigError(shownPath(dir), problems);
  const locales = localeSet(all);
  loaded.set(config, locales);
  return locales;
}

/**
 * The locales of a configuration: those loaded for it, else the default
 * locale alone (a configuration built in code, without locale files).
 */
export function localesOf(config: KbConfig, contentDir?: string): Locales {
  const known = loaded.get(config);
  if (known) return known;
  if (contentDir !== undefined) return loadLocales(contentDir, config);
  if (config.site.locales.length > 0) throw new Error('The locales of this configuration were not loaded: call loadLocales(contentDir, config) first');
  const locales = localeSet([defaultLocale(config)]);
  loaded.set(config, locales);
  return locales;
}

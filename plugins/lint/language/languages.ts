/**
 * The languages the linter knows, by ISO 639-1 code, with the reading
 * formula each uses under this configuration. A language without a module
 * here is read as English until one is added.
 */
import type { KbConfig } from '../../config/kb-config-schema.ts';
import { english } from './english.ts';
import { french, german, spanish } from './latin-script-language.ts';
import type { LintLanguage } from './lint-language.ts';
import { readingFormulas } from './reading-formulas.ts';

const languages: Readonly<Record<string, LintLanguage>> = { en: english, de: german, es: spanish, fr: french };

/** The base code of a tag: "en-GB" → "en". */
export function baseLanguage(code: string | undefined): string {
  return (code ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
}

/** True when the linter has its own module for the language. */
export function hasLanguage(code: string): boolean {
  return Object.hasOwn(languages, baseLanguage(code));
}

/** The language for a code like `en` or `en-GB` (English when unknown), with the formula `limits.reading.<code>` names. */
export function languageFor(code: string | undefined, config?: KbConfig): LintLanguage {
  const base = baseLanguage(code);
  const language = languages[base] ?? english;
  const limit = config?.limits.reading[base];
  if (!limit || limit.formula === language.grade.id) return language;
  return { ...language, grade: readingFormulas[limit.formula] };
}

/** The reading limit for a language: its formula's direction and value. */
export function readingLimitFor(code: string, config: KbConfig): { direction: 'max' | 'min'; value: number } {
  const limit = config.limits.reading[baseLanguage(code)];
  if (limit?.max !== undefined) return { direction: 'max', value: limit.max };
  if (limit?.min !== undefined) return { direction: 'min', value: limit.min };
  return { direction: 'max', value: config.limits.reading_grade };
}

/** The languages of a configuration by locale code, each built once. */
export function languagesFor(config: KbConfig): (code: string) => LintLanguage {
  const built = new Map<string, LintLanguage>();
  return (code) => {
    let language = built.get(code);
    if (!language) {
      language = languageFor(code, config);
      built.set(code, language);
    }
    return language;
  };
}

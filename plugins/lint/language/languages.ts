/**
 * The languages the linter knows, by ISO 639-1 code. A help center written
 * in another language falls back to English until its module is added here.
 */
import { english } from './english.ts';
import type { LintLanguage } from './lint-language.ts';

const languages: Readonly<Record<string, LintLanguage>> = { en: english };

/** The language for a code like `en` or `en-GB`; English when unknown. */
export function languageFor(code: string | undefined): LintLanguage {
  const base = (code ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return languages[base] ?? english;
}

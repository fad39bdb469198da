/**
 * ISO 639-1 language codes, checked against the runtime's own language
 * data (ICU, shipped with Node), so no list is copied into the project.
 */
const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** True for a two-letter code ICU knows as a language ("de", "es"); false for "xx" or "ui". */
export function isLanguageCode(code: string): boolean {
  return /^[a-z]{2}$/.test(code) && names.of(code) !== undefined;
}

/** "de" → "German"; the code itself when unknown. */
export function languageName(code: string): string {
  return names.of(code) ?? code;
}

/** "de" → "Deutsch": a language's name in that language, for a language switcher. */
export function nativeLanguageName(code: string): string {
  const own = new Intl.DisplayNames([code], { type: 'language', fallback: 'code' }).of(code) ?? code;
  return own.charAt(0).toLocaleUpperCase(code) + own.slice(1);
}

/** A language's name in another language: ("en", "de") → "Englisch". */
export function languageNameIn(code: string, inLanguage: string): string {
  return new Intl.DisplayNames([inLanguage], { type: 'language', fallback: 'code' }).of(code) ?? code;
}

/**
 * Which locale a stats query counts. `locale` null counts every locale;
 * otherwise events (and rollup rows) of that locale, where a missing or
 * empty locale is the default one (`base`): events sent without a locale
 * and days rolled up before rollups had a locale column.
 */
export interface LocaleFilter {
  locale: string | null;
  base: string;
}

/** Every locale together. */
export const ALL_LOCALES: LocaleFilter = { locale: null, base: '' };

/** Exactly the rows stored with `stored` ('' for none): what one rollup row holds. */
export function storedLocale(stored: string): LocaleFilter {
  // A base no row carries, so '' matches only rows stored without a locale.
  return { locale: stored, base: stored === '' ? '' : '\u0000' };
}

/** The SQL condition for a locale column (`@locale`, `@base` bound from a LocaleFilter). */
export function localeCondition(column: string): string {
  return `(@locale IS NULL OR COALESCE(${column}, '') = @locale OR (@locale = @base AND COALESCE(${column}, '') = ''))`;
}

/**
 * The `?locale=` split of the stats: one SQL condition, for raw events and
 * for rollup rows alike, so every report counts a locale the same way.
 *
 * Events carry the locale of the page that sent them (`de`); events from
 * pages that sent none (cached pages from before locales, or stored before
 * the column existed) have none, and rollup rows of days rolled up before
 * it have `''`: both count as the default locale. A rollup keeps each
 * day's locales apart, so a split stays exact after raw events are pruned.
 */
import type { TimeRange } from './time-range.ts';

/** Which locale a stats query counts: `locale` undefined or null counts all. */
export interface LocaleScope {
  locale?: string | null | undefined;
  /** The help center's default locale, which events without a locale belong to. */
  defaultLocale?: string | undefined;
}

/** A time range of the stats, optionally narrowed to one locale. */
export type StatsRange = TimeRange & LocaleScope;

/** True for rows of the asked locale (every row when `@locale` is null); the cast tells PostgreSQL the parameter's type. */
export const LOCALE_MATCHES = `(CAST(@locale AS TEXT) IS NULL OR COALESCE(NULLIF(locale, ''), @default_locale) = @locale)`;

/** The `@locale` and `@default_locale` parameters of `LOCALE_MATCHES`. */
export function localeParams(scope: LocaleScope): { locale: string | null; default_locale: string } {
  return { locale: scope.locale ?? null, default_locale: scope.defaultLocale ?? '' };
}

/** `range` with the parameters of `LOCALE_MATCHES`, ready to bind. */
export function withLocaleParams<Range extends TimeRange>(range: Range & LocaleScope): Range & { locale: string | null; default_locale: string } {
  return { ...range, ...localeParams(range) };
}

/**
 * How a rollup selects one locale's raw events: `locale` as stored (`''`
 * for none), matched exactly, since a default of `''` maps no locale to `''`.
 */
export function rollupLocaleScope(locale: string): { locale: string; defaultLocale: string } {
  return { locale, defaultLocale: '' };
}

/** The locales among a day's raw events, as a rollup stores them (`''` for none). */
export const DAY_LOCALES = `
  SELECT DISTINCT COALESCE(locale, '') AS locale FROM events
  WHERE received_at >= @from AND received_at < @to ORDER BY locale`;

/**
 * The locale of the page being rendered, read from its address: `/de/…`
 * is German, anything else the default locale. Components call it with
 * `Astro.url`, so one component renders every locale's page without the
 * locale being passed down through every prop.
 */
import { localesOf } from '../../plugins/locale/load-locales.ts';
import type { Locale, Locales } from '../../plugins/locale/locales.ts';
import { fill, type UiKey } from '../../plugins/locale/ui-strings.ts';
import { kbContext } from './kb-context.ts';
import { basePathOf, sitePaths, type SitePaths } from './site-paths.ts';

export interface PageLocale {
  locale: Locale;
  /** ISO 639-1 code, for `<html lang>` and hreflang. */
  code: string;
  isDefault: boolean;
  /** Addresses of this locale's pages (assets shared). */
  paths: SitePaths;
  /** The interface text for a key, placeholders filled. */
  t(key: UiKey, values?: Readonly<Record<string, string>>): string;
}

/** Every locale of the help center, the default first. */
export function siteLocales(): Locales {
  const { config, contentDir } = kbContext();
  return localesOf(config, contentDir);
}

const byCode = new Map<string, PageLocale>();

/** The page locale for a code (the default locale's when unknown). */
export function pageLocaleFor(code: string): PageLocale {
  let known = byCode.get(code);
  if (known) return known;
  const locales = siteLocales();
  const locale = locales.get(code) ?? (locales.all[0] as Locale);
  const base = basePathOf(kbContext().config.site.url);
  known = {
    locale,
    code: locale.code,
    isDefault: locale.isDefault,
    paths: sitePaths(base, locale.isDefault ? undefined : locale.code),
    t: (key, values) => (values ? fill(locale.ui[key], values) : locale.ui[key]),
  };
  byCode.set(code, known);
  return known;
}

/** The locale code a path names (`/help/de/articles/x/` → "de"), the default locale's otherwise. */
export function localeOfPath(pathname: string): string {
  const base = basePathOf(kbContext().config.site.url);
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const first = rest.split('/')[0] ?? '';
  const locales = siteLocales();
  return locales.get(first) && !locales.get(first)?.isDefault ? first : locales.defaultCode;
}

/** The locale of the page at `url`. */
export function pageLocale(url: URL): PageLocale {
  return pageLocaleFor(localeOfPath(url.pathname));
}

/** The same page in another locale: `/de/search/` ↔ `/search/`. */
export function pathInLocale(pathname: string, code: string): string {
  const base = basePathOf(kbContext().config.site.url);
  const from = pageLocaleFor(localeOfPath(pathname));
  const rest = pathname.startsWith(from.paths.base) ? pathname.slice(from.paths.base.length) : pathname.slice(base.length);
  return `${pageLocaleFor(code).paths.base}${rest}`;
}

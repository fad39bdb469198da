/**
 * The locale model every part reads: the default locale (from
 * `site.language`) and the others (`site.locales`), each with its
 * interface words, section names, product area and category names; and where an
 * article's locale comes from (its folder under `articles/`).
 */
import path from 'node:path';
import type { KbConfig } from '../config/kb-config-schema.ts';
import { isLanguageCode, nativeLanguageName } from './language-codes.ts';
import { englishUiStrings, type UiStrings } from './ui-strings.ts';

export interface Locale {
  /** ISO 639-1 code. */
  code: string;
  /** The language's own name ("Deutsch"). */
  name: string;
  isDefault: boolean;
  ui: UiStrings;
  /** Configured section name → this locale's heading; the identity for the default locale. */
  sections: ReadonlyMap<string, string>;
  /** Product area id → its name in this locale; an area left out is shown by its id (`labelOf`). */
  productAreas: ReadonlyMap<string, string>;
  /** Category id → title and description in this locale. */
  categories: ReadonlyMap<string, { title: string; description: string }>;
}

export interface Locales {
  /** The default locale's code: the first two letters of `site.language`. */
  defaultCode: string;
  /** Every locale, the default first. */
  all: readonly Locale[];
  get(code: string): Locale | undefined;
}

/** Where an article sits: its locale (undefined for a folder named like a locale that is not configured) and that folder's name. */
export interface ArticlePlace {
  locale: string | undefined;
  /** The locale folder ("de"), when the article sits under one. */
  folder?: string;
}

/** The default locale's code for a config ("en-US" → "en"). */
export function defaultLocaleCode(config: Pick<KbConfig, 'site'> | { site: { language: string } }): string {
  return config.site.language.slice(0, 2).toLowerCase();
}

/** Every locale's code, the default first (`site.language`, then `site.locales`): what analytics events may carry. */
export function localeCodes(config: { site: { language: string; locales?: readonly string[] } }): string[] {
  return [...new Set([defaultLocaleCode(config), ...(config.site.locales ?? [])])];
}

/** The default locale, built from the configuration (English words unless `locales/<code>.yaml` replaces them). */
export function defaultLocale(config: KbConfig, file?: { name?: string; ui: UiStrings; sections: Record<string, string>; product_areas?: Record<string, string>; categories: Record<string, { title: string; description: string }> }): Locale {
  const code = defaultLocaleCode(config);
  const names = new Map<string, string>();
  for (const type of Object.values(config.article_types)) for (const s of type.sections) names.set(s.name, file?.sections[s.name] ?? s.name);
  return {
    code,
    name: file?.name ?? nativeLanguageName(code),
    isDefault: true,
    ui: file?.ui ?? { ...englishUiStrings },
    sections: names,
    productAreas: new Map(Object.entries(file?.product_areas ?? {})),
    categories: new Map(config.categories.map((c) => [c.id, file?.categories[c.id] ?? { title: c.title, description: c.description }])),
  };
}

/** A locale set from its locales, the default first. */
export function localeSet(all: readonly Locale[]): Locales {
  const byCode = new Map(all.map((l) => [l.code, l]));
  return { defaultCode: all[0]?.code ?? 'en', all, get: (code) => byCode.get(code) };
}

/**
 * The locale of an article from its path: `articles/<code>/…` for a
 * configured locale, the default locale elsewhere. A first folder that is a
 * language code but neither a configured locale nor a category is reported
 * with `locale: undefined`, so lint can say so.
 */
export function articlePlace(config: KbConfig, articlesDir: string, file: string): ArticlePlace {
  const relative = path.relative(articlesDir, file).split(path.sep);
  const first = relative.length > 1 ? relative[0] : undefined;
  const base = defaultLocaleCode(config);
  if (first === undefined || config.categories.some((c) => c.id === first)) return { locale: base };
  if (first === base) return { locale: undefined, folder: first };
  if (config.site.locales.includes(first)) return { locale: first, folder: first };
  if (isLanguageCode(first)) return { locale: undefined, folder: first };
  return { locale: base };
}

/** Readable names for the ids used in frontmatter (filters, badges). */
import type { Locale } from '../../plugins/locale/locales.ts';

const acronyms = new Set(['api', 'csv', 'faq', 'pdf', 'sms', 'sso', 'ui', 'url']);

/** "time-tracking" → "Time tracking", "api" → "API". */
export function labelOf(id: string): string {
  if (acronyms.has(id)) return id.toUpperCase();
  const words = id.split('-');
  return [capitalize(words[0] ?? ''), ...words.slice(1)].join(' ');
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The names readers see for frontmatter ids, in one locale. */
export interface LocaleLabels {
  /** A product area: the locale file's name ("Zeiterfassung"), else `labelOf`. */
  area(id: string): string;
  /** A difficulty: the `difficulty_<id>` interface word. */
  difficulty(id: string): string;
  /** A plan: its id as a name ("Pro"), the same in every language, as plans are product names. */
  plan(id: string): string;
}

export function localeLabels(locale: Pick<Locale, 'ui' | 'productAreas'>): LocaleLabels {
  const difficulties: Record<string, string> = { beginner: locale.ui.difficulty_beginner, intermediate: locale.ui.difficulty_intermediate, advanced: locale.ui.difficulty_advanced };
  return {
    area: (id) => locale.productAreas.get(id) ?? labelOf(id),
    difficulty: (id) => difficulties[id] ?? labelOf(id),
    plan: labelOf,
  };
}

/** "2026-03-14" → "March 14, 2026" in the site's language, read as a calendar day (no time zone shift). */
export function formatDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

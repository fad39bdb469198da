/**
 * The schema of `locales/<code>.yaml`: the locale's interface words (every
 * key of `ui-strings.ts`, placeholders kept), its names for the configured
 * article types' sections, and its names for the product areas and the
 * categories.
 */
import { z } from 'zod';
import type { KbConfig } from '../config/kb-config-schema.ts';
import { englishUiStrings, placeholdersOf, uiKeys, type UiKey } from './ui-strings.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/** Every section name the configured article types use, once each, in profile order. */
export function sectionNamesOf(config: KbConfig): string[] {
  const names = new Set<string>();
  for (const type of Object.values(config.article_types)) for (const section of type.sections) names.add(section.name);
  return [...names];
}

function uiSchema() {
  const shape = Object.fromEntries(
    uiKeys.map((key: UiKey) => {
      const expected = placeholdersOf(englishUiStrings[key]);
      const schema = text(300).refine((value) => placeholdersOf(value).join() === expected.join(), {
        message:
          expected.length > 0
            ? `lost the placeholder${expected.length > 1 ? 's' : ''} ${expected.map((p) => `{${p}}`).join(' and ')}: keep ${expected.length > 1 ? 'them' : 'it'} where the value goes, as the English text does ("${englishUiStrings[key]}")`
            : `has a {…} placeholder the site never fills: write the words only, as the English text does ("${englishUiStrings[key]}")`,
      });
      return [key, schema];
    }),
  ) as unknown as Record<UiKey, z.ZodType<string>>;
  return z.strictObject(shape);
}

/** The schema of one locale's file, for this configuration's article types and categories. */
export function localeFileSchema(config: KbConfig) {
  const sections = Object.fromEntries(sectionNamesOf(config).map((name) => [name, text(60)]));
  const categories = Object.fromEntries(
    config.categories.map((c) => [c.id, z.strictObject({ title: text(60), description: z.string().trim().max(200).default('') })]),
  );
  // Configured product areas are each named, like categories; with none configured (any id allowed), the file names those it wants.
  const productAreas =
    config.product_areas.length > 0
      ? z.strictObject(Object.fromEntries(config.product_areas.map((id) => [id, text(60)])))
      : z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a product area id (kebab-case, as in frontmatter product_area)'), text(60)).default({});
  return z.strictObject({
    /** The language's own name in the language switcher ("Deutsch"); from the runtime's language data when left out. */
    name: text(40).optional(),
    ui: uiSchema(),
    /** The configured section name → this locale's heading ("Quick answer" → "Kurze Antwort"). */
    sections: z.strictObject(sections),
    /** Product area id → its name in this locale, for the search filters ("time-tracking" → "Zeiterfassung"). */
    product_areas: productAreas,
    categories: z.strictObject(categories),
  });
}

export type LocaleFile = z.infer<ReturnType<typeof localeFileSchema>>;

/**
 * The one schema of `content/kb.config.yaml`. Each part of the product owns
 * one section file; this file only composes them, so every threshold the
 * code uses is read from the same validated object.
 */
import { z } from 'zod';
import { lintConfigShape } from './lint-config.ts';
import { siteConfigShape } from './site-config.ts';
import { contactConfigShape } from './contact-config.ts';
import { analyticsConfigShape } from './analytics-config.ts';
import { reportsConfigShape } from './reports-config.ts';
import { supportConfigShape } from './support-config.ts';
import { searchConfigShape } from './search-config.ts';

export const kbConfigSchema = z
  .strictObject({
    ...lintConfigShape,
    ...siteConfigShape,
    ...contactConfigShape,
    ...analyticsConfigShape,
    ...reportsConfigShape,
    ...supportConfigShape,
    ...searchConfigShape,
  })
  .refine((c) => Object.hasOwn(c.article_types, c.default_type), {
    message: 'does not name an article type: use one of the keys of article_types',
    path: ['default_type'],
  })
  .superRefine((c, ctx) => {
    const ids = c.categories.map((category) => category.id);
    const localeCodes = new Set([c.site.language.slice(0, 2), ...c.site.locales]);
    c.categories.forEach((category, i) => {
      if (!localeCodes.has(category.id)) return;
      ctx.addIssue({
        code: 'custom',
        path: ['categories', i, 'id'],
        message: `is "${category.id}", which is also a locale code (site.language or site.locales), so articles/${category.id}/ would be ambiguous: rename the category, like "${category.id}-help"`,
      });
    });
    for (const id of Object.keys(c.site.brand.category_icons)) {
      if (ids.includes(id)) continue;
      ctx.addIssue({
        code: 'custom',
        path: ['site', 'brand', 'category_icons', id],
        message: `names "${id}", which is not a category: use one of ${ids.join(', ')} (the ids under categories)`,
      });
    }
  });

/** The validated configuration, with every default filled in. */
export type KbConfig = z.infer<typeof kbConfigSchema>;
/** What a `kb.config.yaml` may contain (every key optional where it has a default). */
export type KbConfigInput = z.input<typeof kbConfigSchema>;

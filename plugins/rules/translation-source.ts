/**
 * @rule translation-source
 * A translation (`articles/<locale>/<category>/<slug>.mdx`) has a source:
 * the default locale's article with the same slug; it sits under a locale
 * listed in `site.locales`; and it keeps its source's `type`, `category`
 * and `product_area` (its `title`, `summary` and `keywords` are its own).
 *
 * Why: the site links a translation to its source by slug (language
 * switcher, hreflang, the fallback page), and search filters, analytics
 * and reports group an article's languages together; a translation
 * without a source, in an unknown locale, or filed differently breaks all
 * of that silently.
 *
 * Config: `site.language` (the default locale), `site.locales`.
 *
 * @example ok articles/de/how-to/export-timesheets.mdx
 * ```mdx
 * ---
 * title: Stundenzettel für die Lohnabrechnung exportieren
 * category: how-to
 * product_area: time-tracking
 * ---
 * ```
 *
 * @example not-ok articles/de/how-to/export-timesheet.mdx
 * ```mdx
 * ---
 * title: Stundenzettel exportieren
 * ---
 * ```
 * @expect 1:1 Translation without a source: no article "export-timesheet" in the default locale (en); name the file like its source (the slug is the link between them), or write the source first
 *
 * @example not-ok articles/de/how-to/export-timesheets.mdx
 * ```mdx
 * ---
 * title: Stundenzettel exportieren
 * type: faq
 * category: how-to
 * product_area: scheduling
 * ---
 * ```
 * @expect 3:1 Type "faq" differs from the source's "how-to" (articles/how-to/export-timesheets.mdx): a translation keeps its source's type, so write "type: how-to"
 * @expect 5:1 Product area "scheduling" differs from the source's "time-tracking" (articles/how-to/export-timesheets.mdx): a translation keeps its source's product area, so write "product_area: time-tracking"
 *
 * @example not-ok articles/it/how-to/export-timesheets.mdx
 * ```mdx
 * ---
 * title: Esportare i fogli ore
 * ---
 * ```
 * @expect 1:1 Locale "it" (Italian) is not in the configuration: add it to site.locales in kb.config.yaml and write locales/it.yaml, or move the file out of articles/it/
 */
import path from 'node:path';
import { defineKbRule } from '../lint/define-rule.ts';
import { languageName } from '../locale/language-codes.ts';
import { defaultLocaleCode } from '../locale/locales.ts';

const fields = [
  { key: 'type', fact: 'type', words: 'type', Words: 'Type' },
  { key: 'category', fact: 'category', words: 'category', Words: 'Category' },
  { key: 'product_area', fact: 'productArea', words: 'product area', Words: 'Product area' },
] as const;

export default defineKbRule('translation-source', (ctx) => {
  const { facts, index, config } = ctx;
  const folder = facts.localeFolder;
  if (folder === undefined) return;
  const base = defaultLocaleCode(config);
  if (facts.locale === undefined) {
    ctx.report(
      folder === base
        ? `Article under articles/${folder}/, but ${languageName(folder)} is the default locale: move it to articles/<category>/ (articles of the default locale sit directly under articles/)`
        : `Locale "${folder}" (${languageName(folder)}) is not in the configuration: add it to site.locales in kb.config.yaml and write locales/${folder}.yaml, or move the file out of articles/${folder}/`,
      { line: 1, column: 1 },
    );
    return;
  }
  const source = index.filesWithSlug(facts.slug, base)[0];
  if (source === undefined) {
    ctx.report(
      `Translation without a source: no article "${facts.slug}" in the default locale (${base}); name the file like its source (the slug is the link between them), or write the source first`,
      { line: 1, column: 1 },
    );
    return;
  }
  const sourceFacts = index.factsOf(source);
  if (!sourceFacts) return;
  const shown = path.relative(index.contentDir, source).split(path.sep).join('/');
  for (const field of fields) {
    const effective = (value: string | undefined) => (field.key === 'type' ? (value ?? config.default_type) : value);
    const mine = effective(facts[field.fact]);
    const theirs = effective(sourceFacts[field.fact]);
    if (mine === theirs) continue;
    const place = facts.fieldRanges?.[field.key] ?? { line: 1, column: 1 };
    const fix = theirs === undefined ? `remove "${field.key}"` : `write "${field.key}: ${theirs}"`;
    ctx.report(
      mine === undefined
        ? `${field.Words} missing, but the source (${shown}) has "${theirs}": a translation keeps its source's ${field.words}, so ${fix}`
        : `${field.Words} "${mine}" differs from the source's ${theirs === undefined ? 'none' : `"${theirs}"`} (${shown}): a translation keeps its source's ${field.words}, so ${fix}`,
      place,
    );
  }
});

/**
 * Translations that fell behind their source, and the most read articles a
 * locale has no translation of. A translation is stale when its source's
 * `last_updated` is later than its own: the source changed after it was
 * translated. Missing translations are ranked by views over the unseen
 * window, so translators start where readers are.
 */
import type { KbConfig } from '../../plugins/config/kb-config-schema.ts';
import { languageName } from '../../plugins/locale/language-codes.ts';
import type { KbArticle } from '../kb-search/load-articles.ts';
import { findingOf } from './finding-of.ts';
import type { HygieneFinding } from './hygiene-report.ts';

/** `translation-stale`: one finding per translation older than its source. */
export function findStaleTranslations(sources: readonly KbArticle[], translations: readonly KbArticle[]): HygieneFinding[] {
  const bySlug = new Map(sources.map((s) => [s.slug, s]));
  const findings: HygieneFinding[] = [];
  for (const translation of translations) {
    const source = bySlug.get(translation.slug);
    if (!source?.last_updated || !translation.last_updated || source.last_updated <= translation.last_updated) continue;
    const language = languageName(translation.locale);
    findings.push(
      findingOf(
        'translation-stale',
        translation,
        `${language} (${translation.locale}) translation last updated ${translation.last_updated}; its source ${source.file} changed on ${source.last_updated}`,
        `bring the ${language} text up to date with the source, then set its last_updated`,
        [`source: ${source.file}`],
      ),
    );
  }
  return findings;
}

/** `translation-missing`: per configured locale, the most viewed published articles it has no translation of. */
export function findMissingTranslations(
  sources: readonly KbArticle[],
  translations: readonly KbArticle[],
  config: KbConfig,
  views: ReadonlyMap<string, number>,
  days: number,
): HygieneFinding[] {
  const count = config.reports.hygiene.missing_translations;
  const findings: HygieneFinding[] = [];
  for (const code of config.site.locales) {
    const translated = new Set(translations.filter((t) => t.locale === code && t.status !== 'draft').map((t) => t.slug));
    const missing = sources
      .filter((s) => s.status === 'published' && !translated.has(s.slug))
      .map((s) => ({ source: s, views: views.get(s.slug) ?? 0 }))
      .sort((a, b) => b.views - a.views || (a.source.slug < b.source.slug ? -1 : 1))
      .slice(0, count);
    const language = languageName(code);
    for (const { source, views: seen } of missing) {
      findings.push(
        findingOf(
          'translation-missing',
          source,
          `no ${language} (${code}) translation; ${seen} view${seen === 1 ? '' : 's'} in the last ${days} days`,
          `translate it into articles/${code}/${source.category ?? '<category>'}/${source.slug}.mdx (same slug as the source)`,
        ),
      );
    }
  }
  return findings;
}

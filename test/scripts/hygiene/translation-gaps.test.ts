/** Hygiene for translations: stale when the source changed after them, missing ranked by views, per configured locale. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../plugins/config/load-config.ts';
import { findMissingTranslations, findStaleTranslations } from '../../../scripts/hygiene/find-translation-gaps.ts';
import { loadArticles, loadTranslatedArticles, type KbArticle } from '../../../scripts/kb-search/load-articles.ts';

const article = (slug: string, fields: Partial<KbArticle> = {}): KbArticle => ({
  slug, file: `articles/how-to/${slug}.mdx`, title: slug, summary: '', category: 'how-to', product_area: null, difficulty: null, owner: 'sam',
  last_updated: '2026-05-01', status: 'published', keywords: [], aliases: [], body: '', locale: 'en', ...fields,
});

describe('translation hygiene', () => {
  it('finds a translation whose source changed after it, and none that is newer', () => {
    const sources = [article('a', { last_updated: '2026-06-10' }), article('b', { last_updated: '2026-03-01' })];
    const translations = [
      article('a', { locale: 'de', file: 'articles/de/how-to/a.mdx', last_updated: '2026-05-01', owner: 'lea' }),
      article('b', { locale: 'de', file: 'articles/de/how-to/b.mdx', last_updated: '2026-04-01' }),
    ];
    const findings = findStaleTranslations(sources, translations);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      kind: 'translation-stale',
      article: 'a',
      owner: 'lea',
      file: 'articles/de/how-to/a.mdx',
      evidence: 'German (de) translation last updated 2026-05-01; its source articles/how-to/a.mdx changed on 2026-06-10',
    });
  });

  it('lists the most viewed published articles without a translation, per locale, up to the configured count', () => {
    const config = parseConfig('contact:\n  email: a@example.com\nsite:\n  locales: [de, fr]\nreports:\n  hygiene:\n    missing_translations: 2\n', 'kb.config.yaml');
    const sources = [article('a'), article('b'), article('c'), article('d', { status: 'draft' })];
    const translations = [article('a', { locale: 'de' })];
    const views = new Map([['a', 90], ['b', 5], ['c', 40], ['d', 500]]);
    const found = findMissingTranslations(sources, translations, config, views, 30).map((f) => `${f.article}: ${f.evidence}`);
    expect(found).toEqual([
      'c: no German (de) translation; 40 views in the last 30 days',
      'b: no German (de) translation; 5 views in the last 30 days',
      'a: no French (fr) translation; 90 views in the last 30 days',
      'c: no French (fr) translation; 40 views in the last 30 days',
    ]);
  });

  it('keeps translations out of the report articles, and reads the sample\'s German ones with their locale', () => {
    const sources = loadArticles(path.resolve('content'));
    const translations = loadTranslatedArticles(path.resolve('content'));
    expect(sources.every((a) => a.locale === 'en' && !a.file.startsWith('articles/de/'))).toBe(true);
    expect(translations.length).toBeGreaterThanOrEqual(10);
    expect(translations.every((a) => a.locale === 'de')).toBe(true);
    // The sample's German "Urlaub beantragen" predates its source's last change.
    expect(findStaleTranslations(sources, translations).map((f) => f.article)).toEqual(['request-time-off']);
  });
});

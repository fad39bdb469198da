/**
 * Translations in the lint: linked to their source by slug, unique per
 * locale, in a configured locale, filed like their source, with section
 * names checked in their own language, and one notice per run for what the
 * language leaves unchecked.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintKbRun } from '../../../scripts/lint/run-lint.ts';
import { tempKb, type TempKb } from '../../helpers/temp-kb.ts';

const german = (extra = '') => `---
title: Teammitglieder einladen
summary: Laden Sie Ihr Team per E-Mail ein.
category: how-to
product_area: team
applies_to: [free, pro, enterprise]
difficulty: beginner
last_updated: 2026-03-02
owner: sam
${extra}---

## Kurze Antwort

Öffnen Sie **Team** und tippen Sie auf **Einladen**. Ihr Team bekommt eine E-Mail.

## Schritte

1. Öffnen Sie **Team**.
2. Tippen Sie auf **Einladen**.
3. Geben Sie die E-Mail-Adressen ein.

## Wenn es nicht klappt

Kam keine E-Mail an? Sehen Sie im Spam-Ordner nach.

## Verwandte Artikel

- [Stundenzettel exportieren](./export-timesheets.mdx)
- [Zahlungsmethode ändern](../billing-and-account/update-payment-method.mdx)
- [Welche Browser gehen?](../faq/which-browsers.mdx)

## Noch Fragen?

Schreiben Sie uns über **Support kontaktieren**.
`;

describe('translations', () => {
  let kb: TempKb;
  let byFile: Map<string, Array<{ ruleId: string; line: number; message: string; severity: string }>>;
  let notices: string[];

  beforeAll(async () => {
    kb = tempKb();
    kb.write('articles/de/how-to/invite-teammates.mdx', german());
    kb.write('articles/de/faq/invite-teammates.mdx', german());
    kb.write('articles/de/how-to/export-timesheet.mdx', german());
    kb.write('articles/de/how-to/export-timesheets.mdx', german().replace('product_area: team\n', 'product_area: time-tracking\ntype: faq\n'));
    kb.write('articles/es/how-to/invite-teammates.mdx', german());
    kb.write('articles/de/billing-and-account/update-payment-method.mdx', german().replace('## Kurze Antwort', '## Quick answer').replace('category: how-to', 'category: billing-and-account').replace('product_area: team', 'product_area: billing'));
    const run = await lintKbRun([], kb.dir);
    notices = run.notices;
    byFile = new Map(run.results.map((r) => [path.relative(kb.dir, r.path).split(path.sep).join('/'), r.messages]));
  });
  afterAll(() => kb.remove());

  const errors = (file: string, rule?: string) => (byFile.get(file) ?? []).filter((m) => m.severity === 'error' && (!rule || m.ruleId === rule)).map((m) => `${m.line} ${m.message}`);

  it('links a translation to its source by slug: the same slug in another locale is no conflict', () => {
    expect(errors('articles/how-to/invite-teammates.mdx', 'unique-slug')).toEqual([]);
    expect(errors('articles/de/how-to/invite-teammates.mdx', 'translation-source')).toEqual([]);
  });

  it('checks section names in the article\'s locale', () => {
    expect(errors('articles/de/how-to/invite-teammates.mdx', 'required-sections')).toEqual([]);
    expect(errors('articles/de/how-to/invite-teammates.mdx', 'section-order')).toEqual([]);
    const english = errors('articles/de/billing-and-account/update-payment-method.mdx', 'required-sections');
    expect(english.join('\n')).toMatch(/Missing section "Kurze Antwort": add a "## Kurze Antwort" section/);
    expect(errors('articles/de/billing-and-account/update-payment-method.mdx', 'section-order').join('\n')).toMatch(/Unknown section "Quick answer": use one of the how-to sections \(Kurze Antwort, Bevor Sie beginnen, Schritte/);
  });

  it('reports two translations of one slug in one locale', () => {
    expect(errors('articles/de/faq/invite-teammates.mdx', 'unique-slug')).toEqual([
      '1 Two translations of "invite-teammates" in de: articles/de/how-to/invite-teammates.mdx translates it too; keep one file, the one in the source\'s category folder',
    ]);
  });

  it('reports a translation without a source, in an unconfigured locale, or filed differently', () => {
    expect(errors('articles/de/how-to/export-timesheet.mdx', 'translation-source')).toEqual([
      '1 Translation without a source: no article "export-timesheet" in the default locale (en); name the file like its source (the slug is the link between them), or write the source first',
    ]);
    expect(errors('articles/es/how-to/invite-teammates.mdx', 'translation-source')).toEqual([
      '1 Locale "es" (Spanish) is not in the configuration: add it to site.locales in kb.config.yaml and write locales/es.yaml, or move the file out of articles/es/',
    ]);
    expect(errors('articles/de/how-to/export-timesheets.mdx', 'translation-source')).toEqual([
      '6 Type "faq" differs from the source\'s "how-to" (articles/how-to/export-timesheets.mdx): a translation keeps its source\'s type, so write "type: how-to"',
    ]);
  });

  it('says once per run what German articles are not checked for', () => {
    expect(notices).toEqual([expect.stringMatching(/^Not checked in German \(de\) articles: passive-voice \(no maintained passive-voice library for the language\); the action-phrase test of title-style/)]);
  });
});

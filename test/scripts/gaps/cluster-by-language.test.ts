/** Topics in every language: each language is clustered with its own stop words and stems, named in its own words, never mixed. */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../plugins/config/load-config.ts';
import { supportSettings } from '../../../plugins/config/support-config.ts';
import { clusterByLanguage, teamLanguages } from '../../../scripts/gaps/cluster-by-language.ts';
import { monthPeriod } from '../../../scripts/metrics/report-period.ts';
import { clusterTicketTopics } from '../../../scripts/gaps/ticket-topics.ts';
import { buildVoc } from '../../../scripts/voc/build-voc.ts';
import { supportConfig, ticket } from '../triage/support-fixtures.ts';

const german = [
  'Ich kann meine Rechnung nicht herunterladen, der Download bricht ab',
  'Wie kann ich die Rechnung vom März herunterladen?',
  'Rechnung herunterladen geht nicht, ich brauche sie für die Buchhaltung',
  'Beim Herunterladen der Rechnung kommt ein Fehler',
  'Ich möchte die Rechnungen von diesem Jahr herunterladen',
  'Kann ich alle Rechnungen auf einmal herunterladen?',
  'Ich habe mein Passwort vergessen und kann mich nicht anmelden',
  'Passwort vergessen, wie kann ich es zurücksetzen?',
  'Ich muss mein Passwort zurücksetzen, der Link kommt nicht an',
  'Passwort zurücksetzen funktioniert nicht, bitte um Hilfe',
  'Wie setze ich mein Passwort zurück? Ich habe es vergessen',
  'Das Passwort ist vergessen und die E-Mail zum Zurücksetzen fehlt',
];
const english = [
  'I cannot download my invoice, the download stops',
  'How do I download the invoice from March?',
  'Invoice download does not work, I need it for accounting',
  'I get an error when I download the invoice',
  'I want to download all invoices from this year',
  'Can I download every invoice at once?',
];
const support = supportConfig();
const team = teamLanguages(support);
const items = [...german.map((text, i) => ({ id: `de${i}`, text })), ...english.map((text, i) => ({ id: `en${i}`, text }))];
const germanStopWords = ['ich', 'und', 'zu', 'die', 'der', 'das', 'nicht', 'mit', 'kann', 'mein', 'wie', 'es'];

describe('topics per language', () => {
  const topics = clusterByLanguage(items, team, { minSize: 2 });

  it('never mixes languages in one topic, and names each topic in its language without filler', () => {
    expect(topics.length).toBeGreaterThanOrEqual(3);
    for (const topic of topics) {
      const languages = new Set(topic.ids.map((id) => id.slice(0, 2)));
      expect([...languages]).toEqual([topic.language]);
      for (const word of topic.label.split(/\s+/)) expect(germanStopWords).not.toContain(word);
    }
    const de = topics.filter((t) => t.language === 'de').map((t) => t.label).join(' | ');
    expect(de).toMatch(/rechnung/);
    expect(de).toMatch(/passwort/);
    // Labels keep the words as written ("zurücksetzen"), though matching folds them.
    expect(de).not.toMatch(/zuruck/);
    expect(topics.find((t) => t.language === 'en')!.label).toMatch(/invoice|download/);
  });

  it('gives gap topics their language', () => {
    const tickets = items.map((item) => ticket({ id: item.id, subject: item.text }));
    const clusters = clusterTicketTopics(tickets, { stopWords: [], similarity: 0.22, minTickets: 2, languages: team });
    expect(new Set(clusters.map((c) => c.language))).toEqual(new Set(['de', 'en']));
    expect(clusters.find((c) => c.ids.includes('de0'))!.ids.every((id) => id.startsWith('de'))).toBe(true);
  });

  it('keeps VoC quotes in the language of their topic', () => {
    const tickets = items.map((item) => ticket({ id: item.id, subject: item.text, created_at: '2026-11-10T09:00:00Z' }));
    const config = parseConfig('contact:\n  email: help@example.com\n', 'kb.config.yaml');
    const report = buildVoc({ tickets, period: monthPeriod('2026-11', 'UTC'), now: Date.parse('2026-12-01T00:00:00Z'), config, support: supportSettings(config), stopWords: [] });
    const topics = report.pain_points;
    const germanTopic = topics.find((t) => t.language === 'de')!;
    expect(germanTopic.quotes.length).toBeGreaterThan(0);
    for (const quote of germanTopic.quotes) expect(german.some((text) => text.startsWith(quote.replace(/…$/, '').slice(0, 20)))).toBe(true);
  });
});

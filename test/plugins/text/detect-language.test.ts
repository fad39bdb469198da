/** Language detection for tickets: short texts go to the team's languages, other languages stay themselves, mixed tickets name both. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLanguageDetector } from '../../../plugins/text/detect-language.ts';
import { tokenize } from '../../../plugins/text/tokenize.ts';

const detector = createLanguageDetector({ languages: ['en', 'de'] });
const detect = (text: string) => detector.detect(text, tokenize(text));
const typed = readFileSync('test/fixtures/triage/typed-tickets-en-de.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { subject: string; description: string; language: string });

describe('language detection', () => {
  it('gets every labelled English and German ticket right', () => {
    const wrong = typed.filter((t) => detect(`${t.subject}\n${t.description}`).language !== t.language);
    expect(wrong).toEqual([]);
  });

  it('decides by function words only when eld would say the same', () => {
    const texts = [
      ...typed.map((t) => `${t.subject}\n${t.description}`),
      'Bonjour, je n’arrive pas à me connecter à mon compte depuis ce matin, pouvez-vous m’aider avec le mot de passe ?',
      'Hallo, ik kan sinds vanmorgen niet inloggen op mijn account, die knop werkt niet en de pagina is leeg. Kunnen jullie helpen?',
      'Hej, jeg kan ikke logge ind på min konto, der er en fejl og siden er tom. Kan I hjælpe mig med det?',
    ];
    // Without the words, the detector always asks eld.
    for (const text of texts) expect(detect(text).language).toBe(detector.detect(text).language);
  });

  it.each([
    ['fr', 'Bonjour, je n’arrive pas à me connecter à mon compte depuis ce matin, pouvez-vous m’aider avec le mot de passe s’il vous plaît ?'],
    ['nl', 'Hallo, ik kan sinds vanmorgen niet inloggen op mijn account, die knop werkt niet en de pagina is helemaal leeg. Kunnen jullie ons alsjeblieft helpen?'],
  ])('keeps a long ticket in another language (%s)', (language, text) => {
    expect(detect(text)).toMatchObject({ language, reliable: true });
  });

  it.each([
    ['de', 'Passwort vergessen'],
    ['de', 'Rechnung falsch'],
    ['en', 'refund please'],
    ['en', 'Login broken since update'],
    ['de', 'Konto gesperrt'],
  ])('sends a short ticket to the best team language: %s "%s"', (language, text) => {
    expect(detect(text).language).toBe(language);
  });

  it('gives an empty or letterless ticket the default language, unsure', () => {
    for (const text of ['', '???', '12345 678']) expect(detect(text)).toEqual({ language: 'en', reliable: false, also: [] });
  });

  it('names the second language of a mixed ticket', () => {
    const mixed = 'Hallo, seit dem Update bekomme ich beim Speichern immer diese Meldung: "Error: payment failed, please contact your administrator". Was soll ich tun?';
    expect(detect(mixed)).toMatchObject({ language: 'de', also: ['en'] });
    expect(detect('Die App stürzt beim Start ab, jedes Mal. Wir haben das Problem seit gestern und können nicht arbeiten.').also).toEqual([]);
  });
});

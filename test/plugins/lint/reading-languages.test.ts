/**
 * Reading scores per language: each formula against worked examples, the
 * syllables from the language's hyphenation patterns, and the rule naming
 * the formula on a German article.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../plugins/config/load-config.ts';
import { french, german, spanish } from '../../../plugins/lint/language/latin-script-language.ts';
import type { LintLanguage } from '../../../plugins/lint/language/lint-language.ts';
import { readingFormulas } from '../../../plugins/lint/language/reading-formulas.ts';
import { createLinter } from '../../../plugins/lint/lint-files.ts';
import { indexNodes } from '../../../plugins/lint/node-index.ts';
import { scoreSentences } from '../../../plugins/lint/readability.ts';
import type { Sentence } from 'nlcst';
import { configProblems } from '../../helpers/config-problems.ts';

/** The whole-text score of `text` in `language`. */
function score(text: string, language: LintLanguage) {
  const sentences = (indexNodes(language.parser.parse(text)).get('SentenceNode') ?? []) as Sentence[];
  return scoreSentences(sentences, new Set(), language);
}

describe('German: Wiener Sachtextformel', () => {
  // The formula: Bamberger, R. & Vanecek, E. (1984), Lesen – Verstehen –
  // Lernen – Schreiben, Jugend und Volk, Wien; first Wiener Sachtextformel as
  // given in https://de.wikipedia.org/wiki/Lesbarkeitsindex#Wiener_Sachtextformel.
  // The worked examples are the ones the wortsalat project publishes
  // (github.com/petra-viola/wortsalat, tests/test_wrapper.py), computed with
  // textstat and Pyphen: 2.4, 8.2 and 8.4.
  it('counts syllables with the German hyphenation patterns, including one-letter edge syllables', () => {
    expect(['ein', 'satz', 'schicht', 'einzelner', 'über', 'nächste', 'arbeitszeiterfassung', 'einstellungen'].map((w) => german.syllables(w))).toEqual([1, 1, 1, 3, 2, 2, 6, 4]);
    expect(german.syllableSource).toBe("the hyphen package's de hyphenation patterns");
  });

  it('scores "Das hier ist ein Beispielsatz. Hier kommt der nächste." at 2.4', () => {
    // 9 words, 2 sentences; 1 of 3+ syllables (Beispielsatz), 2 longer than six letters, 7 of one syllable:
    // 0.1935 × 11.1 + 0.1672 × 4.5 + 0.1297 × 22.2 − 0.0327 × 77.8 − 0.875 = 2.37
    const { total, grade } = score('Das hier ist ein Beispielsatz. Hier kommt der nächste.', german);
    expect(total).toMatchObject({ words: 9, sentences: 2, polysyllables: 1, longWords: 2, monosyllables: 7 });
    expect(grade.toFixed(1)).toBe('2.4');
  });

  it('scores "Ein einzelner Satz." at 8.2', () => {
    const { total, grade } = score('Ein einzelner Satz.', german);
    expect(total).toMatchObject({ words: 3, polysyllables: 1, longWords: 1, monosyllables: 2 });
    expect(grade.toFixed(1)).toBe('8.2');
  });

  it('scores the third example at 8.7, not 8.4, because "über" has two syllables (Pyphen keeps it whole)', () => {
    const text = 'Ein komplexer und längerer Satz, mit Wörtern, die über sechs Buchstaben haben.';
    const { total, grade } = score(text, german);
    expect(total).toMatchObject({ words: 12, sentences: 1, polysyllables: 3, longWords: 4, monosyllables: 6 });
    expect(grade.toFixed(1)).toBe('8.7');
    // With Pyphen's count (über = 1 syllable: 7 one-syllable words) the formula gives the published 8.4.
    expect(readingFormulas['wiener-sachtextformel'].of({ ...total, monosyllables: 7 }).toFixed(1)).toBe('8.4');
  });
});

describe('Spanish: Fernández-Huerta', () => {
  // Fernández Huerta, J. (1959), Medidas sencillas de lecturabilidad, Consigna 214: 29–32, in the
  // form corrected by Law, G. (2011), "Error in the Fernandez Huerta Readability Formula"
  // (as given by legible.es/blog/lecturabilidad-fernandez-huerta): L = 206.84 − 0.60 P − 1.02 F.
  it('scores "El gato come pescado." at 82.76 (8 syllables in 4 words, one sentence)', () => {
    // 206.84 − 0.60 × 200 − 1.02 × 4 = 82.76
    const { total, grade } = score('El gato come pescado.', spanish);
    expect(total).toMatchObject({ words: 4, sentences: 1, syllables: 8 });
    expect(grade).toBeCloseTo(82.76, 2);
    expect(readingFormulas['fernandez-huerta'].direction).toBe('min');
  });
});

describe('French: Kandel-Moles', () => {
  // Kandel, L. & Moles, A. (1958), Application de l'indice de Flesch à la langue française,
  // Cahiers Études de Radio-Télévision 19: 253–274: L = 207 − 1.015 × words/sentence − 73.6 × syllables/word.
  it('scores "Le chat mange une pomme." at 128.325, the mute final e adding no syllable', () => {
    // 5 words, 5 written syllables: le, chat, mange, une, pomme (the final "e" of mange, une and pomme is mute)
    const { total, grade } = score('Le chat mange une pomme.', french);
    expect(total).toMatchObject({ words: 5, sentences: 1, syllables: 5 });
    // 207 − 1.015 × 5 − 73.6 × 1 = 128.325
    expect(grade).toBeCloseTo(128.325, 3);
  });
});

describe('readability-grade on translations', () => {
  const contentDir = path.resolve('test/fixtures/kb');
  const linter = createLinter({ contentDir });
  const file = path.join(contentDir, 'articles/de/how-to/export-timesheets.mdx');
  const frontmatter = '---\ntitle: Stundenzettel exportieren\ncategory: how-to\nproduct_area: time-tracking\n---\n\n';

  it('passes short German sentences and fails long ones, naming the Wiener Sachtextformel', async () => {
    const easy = await linter.lintText(`${frontmatter}## Kurze Antwort\n\nÖffnen Sie die Liste. Wählen Sie die Tage. Tippen Sie auf **Exportieren**.\n`, file);
    expect(easy.messages.filter((m) => m.ruleId === 'readability-grade')).toEqual([]);
    const hard = await linter.lintText(
      `${frontmatter}## Kurze Antwort\n\nDie Konfiguration der organisationsweiten Benachrichtigungseinstellungen erfordert grundsätzlich administrative Berechtigungen sowie umfangreiche Kenntnisse der jeweiligen Arbeitszeiterfassungsrichtlinien.\n`,
      file,
    );
    const [error] = hard.messages.filter((m) => m.ruleId === 'readability-grade' && m.severity === 'error');
    expect(error?.message).toMatch(/^Wiener Sachtextformel \d+\.\d, expected 8 or below \(limits\.reading\.de; syllables from the hyphen package's de hyphenation patterns\): use shorter sentences/);
    expect(hard.messages.some((m) => m.ruleId === 'readability-grade' && m.message.startsWith('Hard sentence (Wiener Sachtextformel'))).toBe(true);
  });
});

describe('limits.reading', () => {
  it('rejects a limit in the wrong direction and a missing limit', () => {
    const problems = configProblems('contact:\n  email: help@example.com\nlimits:\n  reading:\n    de: { formula: wiener-sachtextformel, min: 8 }\n    es: { formula: fernandez-huerta }\n');
    expect(problems).toEqual([
      expect.stringMatching(/"limits\.reading\.de\.min" is set, but Wiener Sachtextformel is a grade \(lower reads easier\)\. Fix: write "max:" instead of "min:"/),
      expect.stringMatching(/"limits\.reading\.es\.min" is missing\. Fix: Fernández-Huerta needs a "min:" limit/),
    ]);
  });

  it('keeps the other languages\' defaults when one is set', () => {
    const config = parseConfig('contact:\n  email: help@example.com\nlimits:\n  reading:\n    de: { formula: amstad, min: 60 }\n', 'kb.config.yaml');
    expect(config.limits.reading.de).toEqual({ formula: 'amstad', min: 60 });
    expect(config.limits.reading.fr).toEqual({ formula: 'kandel-moles', min: 60 });
  });
});

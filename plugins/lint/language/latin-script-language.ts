/**
 * A language the linter reads with the generic Latin-script parser
 * (parse-latin) and counts syllables in with its hyphenation patterns.
 * The passive-voice check and the action-phrase test of title-style need
 * a maintained library for the language; none is bundled for these, so
 * the rules skip them and the run says so once.
 */
import { ParseLatin } from 'parse-latin';
import { hyphenationSyllables } from './hyphenation-syllables.ts';
import type { LintLanguage, NlcstParser } from './lint-language.ts';
import { readingFormulas, type FormulaId } from './reading-formulas.ts';

export interface LatinScriptOptions {
  code: string;
  /** The `hyphen` module with the language's patterns ("hyphen/de"). */
  patterns: string;
  vowelGroups: RegExp;
  silentEnd?: RegExp;
  formula: FormulaId;
}

/** Builds a language from its hyphenation patterns and vowels. */
export function latinScriptLanguage(options: LatinScriptOptions): LintLanguage {
  return {
    code: options.code,
    parser: new ParseLatin() as unknown as NlcstParser,
    syllables: hyphenationSyllables(options.patterns, options.vowelGroups, options.silentEnd),
    syllableSource: `the hyphen package's ${options.patterns.replace('hyphen/', '')} hyphenation patterns`,
    grade: readingFormulas[options.formula],
    isQuestion: (title) => title.trim().endsWith('?'),
  };
}

/** German (1996 spelling): "ei", "au", "eu", "äu", "ie" and doubled vowels are one sound. */
export const german = latinScriptLanguage({ code: 'de', patterns: 'hyphen/de', vowelGroups: /[aeiouäöüy]+/g, formula: 'wiener-sachtextformel' });

/** Spanish: a vowel group (diphthongs included) is one syllable. */
export const spanish = latinScriptLanguage({ code: 'es', patterns: 'hyphen/es', vowelGroups: /[aeiouáéíóúü]+/g, formula: 'fernandez-huerta' });

/** French: a final "e", "es" or "ent" after a consonant is mute in writing's syllables ("table", "parlent"). */
export const french = latinScriptLanguage({
  code: 'fr',
  patterns: 'hyphen/fr',
  vowelGroups: /[aeiouyàâäéèêëîïôöùûüœæ]+/g,
  silentEnd: /(?<=[^aeiouyàâäéèêëîïôöùûüœæ])(?:e|es|ent)$/,
  formula: 'kandel-moles',
});

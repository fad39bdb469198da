/**
 * The reading-score formulas, by id. Each is computed over a whole text's
 * counts; `direction` says which way is easier: a grade (`max`, lower is
 * easier) or a reading ease (`min`, higher is easier), so the limit in
 * `limits.reading.<code>` is a `max` or a `min` accordingly.
 */
import type { TextStats } from './lint-language.ts';

export interface ReadingFormula {
  id: FormulaId;
  /** The name messages show ("Wiener Sachtextformel"). */
  name: string;
  direction: 'max' | 'min';
  /** The score for counts; 0 without words. */
  of(stats: TextStats): number;
}

const per = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** Kincaid et al. (1975): 0.39 × words/sentence + 11.8 × syllables/word − 15.59. */
const fleschKincaid: ReadingFormula = {
  id: 'flesch-kincaid',
  name: 'Flesch-Kincaid',
  direction: 'max',
  of: (s) => (s.words === 0 || s.sentences === 0 ? 0 : 0.39 * per(s.words, s.sentences) + 11.8 * per(s.syllables, s.words) - 15.59),
};

/**
 * Bamberger and Vanecek (1984), first Wiener Sachtextformel, a school grade
 * from 4 to 15: 0.1935 × MS + 0.1672 × SL + 0.1297 × IW − 0.0327 × ES − 0.875,
 * with MS the percentage of words of three or more syllables, SL the mean
 * sentence length in words, IW the percentage of words longer than six
 * letters and ES the percentage of one-syllable words.
 */
const wienerSachtextformel: ReadingFormula = {
  id: 'wiener-sachtextformel',
  name: 'Wiener Sachtextformel',
  direction: 'max',
  of: (s) => {
    if (s.words === 0 || s.sentences === 0) return 0;
    const ms = 100 * per(s.polysyllables, s.words);
    const sl = per(s.words, s.sentences);
    const iw = 100 * per(s.longWords, s.words);
    const es = 100 * per(s.monosyllables, s.words);
    return 0.1935 * ms + 0.1672 * sl + 0.1297 * iw - 0.0327 * es - 0.875;
  },
};

/** Amstad (1978), Flesch's reading ease for German: 180 − words/sentence − 58.5 × syllables/word. */
const amstad: ReadingFormula = {
  id: 'amstad',
  name: 'Flesch-Amstad',
  direction: 'min',
  of: (s) => (s.words === 0 || s.sentences === 0 ? 0 : 180 - per(s.words, s.sentences) - 58.5 * per(s.syllables, s.words)),
};

/**
 * Fernández Huerta (1959) for Spanish, as corrected by Law (2011, "Error in
 * the Fernandez Huerta Readability Formula"): 206.84 − 0.60 × P − 1.02 × F,
 * with P the syllables per 100 words and F the words per sentence (the
 * often-copied "sentences per 100 words" would score short sentences as
 * harder).
 */
const fernandezHuerta: ReadingFormula = {
  id: 'fernandez-huerta',
  name: 'Fernández-Huerta',
  direction: 'min',
  of: (s) => (s.words === 0 || s.sentences === 0 ? 0 : 206.84 - 0.6 * 100 * per(s.syllables, s.words) - 1.02 * per(s.words, s.sentences)),
};

/** Kandel and Moles (1958), Flesch's reading ease for French: 207 − 1.015 × words/sentence − 73.6 × syllables/word. */
const kandelMoles: ReadingFormula = {
  id: 'kandel-moles',
  name: 'Kandel-Moles',
  direction: 'min',
  of: (s) => (s.words === 0 || s.sentences === 0 ? 0 : 207 - 1.015 * per(s.words, s.sentences) - 73.6 * per(s.syllables, s.words)),
};

export const formulaIds = ['flesch-kincaid', 'wiener-sachtextformel', 'amstad', 'fernandez-huerta', 'kandel-moles'] as const;
export type FormulaId = (typeof formulaIds)[number];

export const readingFormulas: Readonly<Record<FormulaId, ReadingFormula>> = {
  'flesch-kincaid': fleschKincaid,
  'wiener-sachtextformel': wienerSachtextformel,
  amstad,
  'fernandez-huerta': fernandezHuerta,
  'kandel-moles': kandelMoles,
};

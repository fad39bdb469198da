/**
 * Snowball stemmers per language (ISO 639-1 code), from @orama/stemmers,
 * so "hacked" and "hacking", "Rechnung" and "Rechnungen" share one stem.
 * German participles are read as their verb first (`stem-german.ts`). A
 * language without a stemmer keeps its words as they are.
 */
import { stemmer as danish } from '@orama/stemmers/danish';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as norwegian } from '@orama/stemmers/norwegian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { stemmer as turkish } from '@orama/stemmers/turkish';
import { germanBaseForm } from './stem-german.ts';

/** Turns one lower-cased word into its stem. */
export type Stemmer = (word: string) => string;

const snowball: Record<string, Stemmer> = {
  da: danish,
  de: (word) => german(germanBaseForm(word)),
  en: english,
  es: spanish,
  fi: finnish,
  fr: french,
  it: italian,
  nl: dutch,
  no: norwegian,
  nb: norwegian,
  pt: portuguese,
  ru: russian,
  sv: swedish,
  tr: turkish,
};

const cached = new Map<string, Stemmer>();

/** Languages that have a real stemmer. */
export const stemmedLanguages: readonly string[] = Object.keys(snowball);

/**
 * The stemmer of a language, with a cache of the words it has seen (ticket
 * text repeats the same few thousand words). Unknown languages get one
 * that returns the word unchanged.
 */
export function stemmerFor(language: string): Stemmer {
  let stem = cached.get(language);
  if (stem) return stem;
  const base = snowball[language];
  if (!base) {
    stem = (word) => word;
  } else {
    const seen = new Map<string, string>();
    stem = (word) => {
      let s = seen.get(word);
      if (s === undefined) {
        // Bounded: the cache only saves work, so a huge vocabulary just starts over.
        if (seen.size > 200_000) seen.clear();
        // Snowball stems only words; digits and very short words stay as written.
        s = word.length < 3 || /\d/.test(word) ? word : base(word);
        seen.set(word, s);
      }
      return s;
    };
  }
  cached.set(language, stem);
  return stem;
}

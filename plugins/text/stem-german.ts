/**
 * German forms that Snowball leaves apart although a support team reads
 * them as one word: past participles ("abgebucht", "gehackt", "gelöscht")
 * and the -iert forms of -ieren verbs ("funktioniert"). They are turned
 * into their infinitive before stemming, so "abgebucht" and "abbuchen",
 * "gehackt" and "hacken" share a stem. Snowball itself stays untouched.
 */

/** Separable prefixes that come before the participle's "ge" (ab-ge-bucht, ein-ge-loggt). */
const separable = ['zuruck', 'heraus', 'herein', 'fest', 'frei', 'hoch', 'nach', 'weg', 'auf', 'aus', 'bei', 'ein', 'her', 'hin', 'los', 'mit', 'vor', 'um', 'ab', 'an', 'zu'];

/** Words of the form ge…t that are no participles. */
const notParticiples = new Set([
  'gerat', 'gebiet', 'gesicht', 'gewicht', 'gehalt', 'geschaft', 'gericht', 'gedicht', 'gesamt', 'gerecht', 'gestalt',
  'gebet', 'gemüt',
]);

// Words arrive folded (`tokenize`: "gelöscht" → "geloscht", "zurück" → "zuruck").
const participle = new RegExp(`^(${separable.join('|')})?ge([a-zß]{3,}?)(et|t)$`);
const ieren = /^([a-zß]{3,})iert(e|en|es|er|est|et)?$/;

/** The infinitive a German participle or -iert form (folded) stands for, or the word itself. */
export function germanBaseForm(word: string): string {
  if (word.length < 6) return word;
  const i = ieren.exec(word);
  if (i) return `${i[1]}ieren`;
  if (notParticiples.has(word)) return word;
  const p = participle.exec(word);
  return p ? `${p[1] ?? ''}${p[2]}en` : word;
}

/**
 * Word stems, so "invoices", "invoicing" and "invoice" match: the Porter
 * stemmer (`stemmer` package) for English; other languages keep the word
 * as it is until a stemmer for them is added here.
 */
import { stemmer } from 'stemmer';

/** The stem of a folded word in `language` (ISO 639-1, e.g. `en`). */
export function stem(word: string, language = 'en'): string {
  return language.toLowerCase().startsWith('en') ? stemmer(word) : word;
}

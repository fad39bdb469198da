/**
 * Removes personal data from ticket text shown in reports (example
 * subjects, quotes): emails, phone and account numbers (the analytics
 * service's own scrubber, so both sides agree), links, @handles and
 * people's names (compromise's name tagger).
 */
import nlp from 'compromise';
import { scrubPii } from '../../analytics-api/privacy/scrub-pii.ts';

const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+/gi;
const HANDLE = /(^|\s)@[\p{L}\p{N}_.]{2,}/gu;

/** `text` with personal data replaced by `[email]`, `[phone]`, `[number]`, `[link]`, `[handle]` and `[name]`. */
export function scrubPersonalData(text: string): string {
  let scrubbed = scrubPii(text.replace(URL_PATTERN, '[link]')).replace(HANDLE, '$1[handle]');
  const names: string[] = nlp(scrubbed)
    .people()
    .json()
    .map((match: { terms: Array<{ text: string }> }) =>
      match.terms
        .map((term) => term.text)
        .filter((word) => word !== '')
        .map(escapeRegExp)
        // Words of a name may be split by "." or spaces ("Mr. Jones").
        .join('\\W+'),
    )
    .filter((pattern: string) => pattern.length > 1)
    // Longest first, so "Anna Freeman" goes before "Anna".
    .sort((a: string, b: string) => b.length - a.length);
  for (const pattern of new Set(names)) scrubbed = scrubbed.replace(new RegExp(`\\b${pattern}\\b`, 'g'), '[name]');
  return scrubbed;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Readable names for the ids used in frontmatter (filters, badges). */

const acronyms = new Set(['api', 'csv', 'faq', 'pdf', 'sms', 'sso', 'ui', 'url']);

/** "time-tracking" → "Time tracking", "api" → "API". */
export function labelOf(id: string): string {
  if (acronyms.has(id)) return id.toUpperCase();
  const words = id.split('-');
  return [capitalize(words[0] ?? ''), ...words.slice(1)].join(' ');
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "2026-03-14" → "March 14, 2026" in the site's language, read as a calendar day (no time zone shift). */
export function formatDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

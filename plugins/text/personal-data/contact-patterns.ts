/**
 * Contact details and numbers in customer text: links, email addresses
 * (also as people write them to dodge filters: `kenji @ example.org`,
 * `kenji%40example.org`, `kenji [at] example [dot] org`), @handles, IBANs,
 * and digit runs — phone numbers, card numbers and account numbers however
 * they are grouped (spaces, dots, hyphens, slashes, commas, underscores) or
 * typed (fullwidth digits are folded first). Dates written with digits are
 * kept: they are what people search for ("payroll 2025-01-31").
 */

/** Folds compatibility forms (fullwidth digits and @, ligatures) so the patterns below see one spelling. */
export function foldCompatibility(text: string): string {
  return text.normalize('NFKC');
}

const PERCENT_AT = /([\p{L}\p{N}._+-])%40(?=[\p{L}\p{N}])/giu;
const ENTITY_AT = /&(?:#0*64|#x0*40|commat);/gi;
// "[at]", "(at)", "{at}", "<at>", " at " between an address's parts; "[dot]", "(dot)".
const BRACKET_AT = /\s*[[({<]\s*(?:at|@)\s*[\])}>]\s*/giu;
const BRACKET_DOT = /\s*[[({<]\s*(?:dot|\.)\s*[\])}>]\s*/giu;
const WORD_AT_DOT = /[\p{L}\p{N}._%+-]+\s+at\s+[\p{L}\p{N}-]+(?:\s+dot\s+[\p{L}\p{N}-]+)+/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+[ \t]*@[ \t]*[\p{L}\p{N}-]+(?:[ \t]*\.[ \t]*[\p{L}\p{N}-]+)*\.[\p{L}]{2,}\b|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'`)\]]+/giu;
const HANDLE = /(^|[\s(,;:])@[\p{L}\p{N}_.-]{2,}/gu;
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b/g;
// A digit, then digits with at most two separators between them.
const DIGIT_RUN = /\+?\(?\d(?:[ .()_/,\u00a0\u2009\u202f-]{0,2}\d)*/g;
const DATE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;

/** `text` (already folded) with links, emails, handles, IBANs and long digit runs replaced by placeholders. */
export function scrubContacts(text: string): string {
  // Each pattern runs only when the text holds what it needs: most texts have no @, no link, no digits.
  let out = text;
  if (out.includes('%40')) out = out.replace(PERCENT_AT, '$1@');
  if (out.includes('&')) out = out.replace(ENTITY_AT, '@');
  if (/[[({<]/.test(out)) out = out.replace(BRACKET_AT, '@').replace(BRACKET_DOT, '.');
  if (/:\/\/|www\./i.test(out)) out = out.replace(URL, '[link]');
  if (/\sdot\s/i.test(out)) out = out.replace(WORD_AT_DOT, '[email]');
  if (out.includes('@')) out = out.replace(EMAIL, '[email]').replace(HANDLE, '$1[handle]');
  if (/\d/.test(out)) {
    if (/[A-Z]{2}\d{2}/.test(out)) out = out.replace(IBAN, (iban) => (/\d{6}/.test(iban.replace(/\s/g, '')) ? '[account]' : iban));
    out = out.replace(DIGIT_RUN, scrubDigitRun);
  }
  return out;
}

function scrubDigitRun(run: string): string {
  const digits = run.replace(/\D/g, '');
  const trimmed = run.replace(/[\s.,/_-]+$/, '');
  if (digits.length < 7 || DATE.test(trimmed)) return run;
  const tail = run.slice(trimmed.length);
  if (digits.length >= 13 && digits.length <= 19 && luhn(digits)) return `[card]${tail}`;
  return `${digits.length <= 15 ? '[phone]' : '[number]'}${tail}`;
}

/** The Luhn checksum every payment card number passes. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Removes personal data customers type into search boxes and comments
 * before anything is stored: email addresses become `[email]`, phone numbers
 * (7 to 15 digits, with the usual separators) `[phone]`, and longer digit
 * runs such as card or account numbers `[number]`. Dates written with
 * digits are kept, they are what people search for ("payroll 2025-01-31").
 */

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// A digit, then digits with at most one separator (space, dot, hyphen, parenthesis) between them.
const DIGIT_RUN = /\+?\(?\d(?:[ .()-]{0,2}\d)*/g;
const DATE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;

export function scrubPii(text: string): string {
  return text.replace(EMAIL, '[email]').replace(DIGIT_RUN, (run) => {
    const digits = run.replace(/\D/g, '').length;
    if (digits < 7 || DATE.test(run)) return run;
    return digits <= 15 ? '[phone]' : '[number]';
  });
}

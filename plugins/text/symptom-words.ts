/**
 * Words that say something is wrong ("not working", "never got", "failed",
 * "error", "stuck"), per language. A question holding one asks for a fix
 * rather than a how-to, so search prefers the KB's troubleshooting
 * articles for it. Many are stop words (dropped before matching), so they
 * are read from the query as typed. Pure, for the browser too.
 */

const english: ReadonlySet<string> = new Set([
  'not', 'never', 'no', 'cant', 'cannot', 'couldnt', 'wont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'dont', 'havent', 'hasnt', 'unable',
  'fail', 'fails', 'failed', 'failing', 'failure', 'error', 'errors', 'wrong', 'stuck', 'broken', 'broke', 'missing', 'problem', 'problems',
  'issue', 'issues', 'trouble', 'stopped', 'declined', 'rejected', 'disappeared', 'lost', 'gone', 'blank', 'crash', 'crashes', 'crashed',
  'bug', 'glitch', 'incorrect', 'locked', 'denied', 'invalid', 'nothing', 'anymore', 'expired', 'reject', 'rejects', 'rejecting',
  'disabled', 'twice', 'bounced', 'bouncing', 'suddenly', 'stops', 'stopping', 'keeps', 'timed', 'timeout', 'slow', 'late', 'delayed',
]);
const none: ReadonlySet<string> = new Set();

/** The symptom words of `language` (ISO 639-1), folded, apostrophes dropped ("can't" → "cant"). */
export function symptomWordsFor(language = 'en'): ReadonlySet<string> {
  return language.toLowerCase().startsWith('en') ? english : none;
}

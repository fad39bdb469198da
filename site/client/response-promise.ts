/**
 * The first-response promise shown after a request is sent: the SLA target
 * of its triaged priority ("within 4 hours", "within 1 business hour"),
 * or the configured `contact.response_time` when triage gave none.
 */

/** What `GET /api/contact/:id` says about the first response. */
export interface FirstResponse {
  minutes: number;
  clock: 'calendar' | 'business';
}

export function responsePromise(first: FirstResponse | null | undefined, fallback: string): string {
  if (!first || !Number.isFinite(first.minutes) || first.minutes <= 0) return fallback;
  const business = first.clock === 'business' ? 'business ' : '';
  const { minutes } = first;
  if (minutes < 60) return `within ${minutes} ${plural(minutes, 'minute')}`;
  if (first.clock === 'calendar' && minutes >= 2880 && minutes % 1440 === 0) return `within ${minutes / 1440} days`;
  const hours = Math.round((minutes / 60) * 10) / 10;
  return `within ${hours} ${business}${plural(hours, 'hour')}`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

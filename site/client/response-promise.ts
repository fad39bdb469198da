/**
 * The first-response promise shown after a request is sent: the SLA target
 * of its triaged priority (4 hours, 1 business hour, in the page's words),
 * or the configured `contact.response_time` when triage gave none.
 */
import type { UiKey } from '../../plugins/locale/ui-strings.ts';

/** What `GET /api/contact/:id` says about the first response. */
export interface FirstResponse {
  minutes: number;
  clock: 'calendar' | 'business';
}

/** How the page words a promise: its interface text for a key (`ui-text.ts` in the browser), and its language for numbers ("1.5", "1,5"). */
export interface PromiseWords {
  text(key: UiKey, values?: Readonly<Record<string, string>>): string;
  language: string;
}

export function responsePromise(first: FirstResponse | null | undefined, fallback: string, words: PromiseWords): string {
  if (!first || !Number.isFinite(first.minutes) || first.minutes <= 0) return fallback;
  const { minutes } = first;
  const number = new Intl.NumberFormat(words.language);
  const counted = (n: number, one: UiKey, other: UiKey) => (n === 1 ? words.text(one) : words.text(other, { count: number.format(n) }));
  if (minutes < 60) return counted(minutes, 'response_minutes_one', 'response_minutes_other');
  if (first.clock === 'calendar' && minutes >= 2880 && minutes % 1440 === 0) return words.text('response_days', { count: number.format(minutes / 1440) });
  const hours = Math.round((minutes / 60) * 10) / 10;
  return first.clock === 'business' ? counted(hours, 'response_business_hours_one', 'response_business_hours_other') : counted(hours, 'response_hours_one', 'response_hours_other');
}

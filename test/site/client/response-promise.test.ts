import { describe, expect, it } from 'vitest';
import { fill } from '../../../plugins/locale/placeholders.ts';
import { englishUiStrings, type UiKey } from '../../../plugins/locale/ui-strings.ts';
import { responsePromise, type PromiseWords } from '../../../site/client/response-promise.ts';

const words = (ui: Readonly<Record<UiKey, string>>, language: string): PromiseWords => ({
  text: (key, values) => (values ? fill(ui[key], values) : ui[key]),
  language,
});
const english = words(englishUiStrings, 'en');

describe('responsePromise', () => {
  it.each([
    [{ minutes: 15, clock: 'calendar' as const }, 'within 15 minutes'],
    [{ minutes: 60, clock: 'calendar' as const }, 'within 1 hour'],
    [{ minutes: 240, clock: 'business' as const }, 'within 4 business hours'],
    [{ minutes: 1440, clock: 'calendar' as const }, 'within 24 hours'],
    [{ minutes: 4320, clock: 'calendar' as const }, 'within 3 days'],
    [{ minutes: 90, clock: 'calendar' as const }, 'within 1.5 hours'],
  ])('promises the SLA target %o as "%s"', (first, text) => {
    expect(responsePromise(first, 'within one business day', english)).toBe(text);
  });

  it('words the promise in the page language, numbers included', () => {
    const german = words(
      { ...englishUiStrings, response_hours_other: 'innerhalb von {count} Stunden', response_business_hours_one: 'innerhalb von 1 Arbeitsstunde' },
      'de',
    );
    expect(responsePromise({ minutes: 90, clock: 'calendar' }, '', german)).toBe('innerhalb von 1,5 Stunden');
    expect(responsePromise({ minutes: 60, clock: 'business' }, '', german)).toBe('innerhalb von 1 Arbeitsstunde');
  });

  it('falls back to contact.response_time when triage gives no SLA', () => {
    expect(responsePromise(null, 'within one business day', english)).toBe('within one business day');
    expect(responsePromise({ minutes: 0, clock: 'calendar' }, 'soon', english)).toBe('soon');
  });
});

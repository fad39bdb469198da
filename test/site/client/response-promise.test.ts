import { describe, expect, it } from 'vitest';
import { responsePromise } from '../../../site/client/response-promise.ts';

describe('responsePromise', () => {
  it.each([
    [{ minutes: 15, clock: 'calendar' as const }, 'within 15 minutes'],
    [{ minutes: 60, clock: 'calendar' as const }, 'within 1 hour'],
    [{ minutes: 240, clock: 'business' as const }, 'within 4 business hours'],
    [{ minutes: 1440, clock: 'calendar' as const }, 'within 24 hours'],
    [{ minutes: 4320, clock: 'calendar' as const }, 'within 3 days'],
    [{ minutes: 90, clock: 'calendar' as const }, 'within 1.5 hours'],
  ])('promises the SLA target %o as "%s"', (first, text) => {
    expect(responsePromise(first, 'within one business day')).toBe(text);
  });

  it('falls back to contact.response_time when triage gives no SLA', () => {
    expect(responsePromise(null, 'within one business day')).toBe('within one business day');
    expect(responsePromise({ minutes: 0, clock: 'calendar' }, 'soon')).toBe('soon');
  });
});

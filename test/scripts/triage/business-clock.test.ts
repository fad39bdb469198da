/** Business-hours arithmetic in the team's time zone, across weekends, holidays and DST. */
import { describe, expect, it } from 'vitest';
import { createBusinessClock } from '../../../scripts/triage/business-clock.ts';
import { supportConfig } from './support-fixtures.ts';

const ms = (iso: string) => Date.parse(iso);

describe('business clock', () => {
  const ny = createBusinessClock(supportConfig('', 'America/New_York'));

  it('counts only Mon-Fri 09:00-17:00 local time', () => {
    // Fri 16:00 EDT to Mon 10:00 EDT: 1 h Friday + 1 h Monday.
    expect(ny.minutesBetween(ms('2026-10-23T20:00:00Z'), ms('2026-10-26T14:00:00Z'))).toBe(120);
    expect(ny.minutesBetween(ms('2026-10-24T12:00:00Z'), ms('2026-10-25T12:00:00Z'))).toBe(0);
  });

  it('follows the wall clock across the end of DST', () => {
    // Fri 30 Oct 16:00 EDT (20:00Z) to Mon 2 Nov 10:00 EST (15:00Z): 1 h + 1 h, although 71 real hours pass.
    expect(ny.minutesBetween(ms('2026-10-30T20:00:00Z'), ms('2026-11-02T15:00:00Z'))).toBe(120);
    // 4 business hours from Fri 16:00 EDT end Mon 12:00 EST = 17:00Z.
    expect(new Date(ny.addMinutes(ms('2026-10-30T20:00:00Z'), 240)).toISOString()).toBe('2026-11-02T17:00:00.000Z');
  });

  it('starts the count at the next opening', () => {
    // Saturday + 30 business minutes → Monday 09:30 local.
    expect(new Date(ny.addMinutes(ms('2026-10-31T15:00:00Z'), 30)).toISOString()).toBe('2026-11-02T14:30:00.000Z');
  });

  it('skips holidays', () => {
    const clock = createBusinessClock(supportConfig('business_hours:\n  holidays: ["2026-12-25"]'));
    // Thu 24 Dec 16:00Z + 2 h → Fri 25 is a holiday → Mon 28 Dec 10:00Z.
    expect(new Date(clock.addMinutes(ms('2026-12-24T16:00:00Z'), 120)).toISOString()).toBe('2026-12-28T10:00:00.000Z');
  });
});

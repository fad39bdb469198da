/** Periods in the team's time zone: ISO weeks across DST, months, ranges, and the default week. */
import { describe, expect, it } from 'vitest';
import { lastCompleteWeek, monthPeriod, previousPeriod, rangePeriod, weekPeriod } from '../../../scripts/metrics/report-period.ts';

const HOUR = 3_600_000;

describe('report periods', () => {
  it('runs a week Monday to Monday local time, 169 hours when DST ends and 167 when it starts', () => {
    const fall = weekPeriod('2026-W44', 'America/New_York');
    expect(new Date(fall.from).toISOString()).toBe('2026-10-26T04:00:00.000Z');
    expect((fall.to - fall.from) / HOUR).toBe(169);
    const spring = weekPeriod('2026-W10', 'America/New_York');
    expect((spring.to - spring.from) / HOUR).toBe(167);
    expect((weekPeriod('2026-W47', 'UTC').to - weekPeriod('2026-W47', 'UTC').from) / HOUR).toBe(168);
  });

  it('finds the period before', () => {
    expect(previousPeriod(weekPeriod('2026-W01', 'UTC'), 'UTC').label).toBe('2025-W52');
    expect(previousPeriod(monthPeriod('2026-03', 'UTC'), 'UTC').label).toBe('2026-02');
    const range = rangePeriod('2026-11-10', '2026-11-12', 'UTC');
    expect(range.days).toBe(3);
    expect(previousPeriod(range, 'UTC').label).toBe('2026-11-07 to 2026-11-09');
  });

  it('defaults to the last complete week', () => {
    expect(lastCompleteWeek(Date.parse('2026-11-22T10:00:00Z'), 'UTC').label).toBe('2026-W46');
    expect(lastCompleteWeek(Date.parse('2026-11-23T00:30:00Z'), 'UTC').label).toBe('2026-W47');
  });

  it.each([['2026-47'], ['2026-W54'], ['2026-W00']])('rejects the week %s with the expected form', (week) => {
    expect(() => weekPeriod(week, 'UTC')).toThrow(/is not an ISO week: use YYYY-Www, like 2026-W12/);
  });

  it('rejects a range that ends before it starts', () => {
    expect(() => rangePeriod('2026-11-12', '2026-11-10', 'UTC')).toThrow(/before --from/);
  });
});

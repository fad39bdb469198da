import { describe, expect, it } from 'vitest';
import { addMinutes, createTimestampParser, isValidTimeZone, minutesBetween } from '../../../scripts/tickets/parse-timestamp.ts';

describe('createTimestampParser', () => {
  const berlin = createTimestampParser({ zone: 'Europe/Berlin' });

  it('keeps timestamps that carry an offset', () => {
    expect(berlin('2026-03-02T09:15:00Z', 'x')).toBe('2026-03-02T09:15:00Z');
    expect(berlin('2026-03-02T09:15:00.250-05:00', 'x')).toBe('2026-03-02T09:15:00.250-05:00');
  });

  it('reads local times in the zone, with the offset of that day', () => {
    expect(berlin('2026-01-15 08:00', 'x')).toBe('2026-01-15T08:00:00+01:00');
    expect(berlin('2026-07-15 08:00:30', 'x')).toBe('2026-07-15T08:00:30+02:00');
    expect(berlin('2026-07-15', 'x')).toBe('2026-07-15T00:00:00+02:00');
  });

  it('reads Unix seconds and milliseconds', () => {
    expect(berlin(1773050400, 'x')).toBe('2026-03-09T10:00:00Z');
    expect(berlin(1773050400000, 'x')).toBe('2026-03-09T10:00:00Z');
  });

  it('treats empty and "-" as no value', () => {
    expect(berlin('', 'x')).toBeNull();
    expect(berlin(' - ', 'x')).toBeNull();
    expect(berlin(null, 'x')).toBeNull();
  });

  it('refuses dates that do not exist and text that is no date, naming the field', () => {
    expect(() => berlin('2026-02-30 10:00', 'Created at')).toThrow('Created at "2026-02-30 10:00" is not a real date and time');
    expect(() => berlin('2026-03-02T25:00:00Z', 'created_at')).toThrow(/created_at .* is not a real date and time/);
    expect(() => berlin('last Tuesday', 'Solved at')).toThrow(/^Solved at "last Tuesday" is not a date and time/);
  });

  it('uses a custom format and reports a mismatch', () => {
    const custom = createTimestampParser({ zone: 'America/New_York', format: 'MM/dd/yyyy HH:mm' });
    expect(custom('03/02/2026 09:00', 'Opened')).toBe('2026-03-02T09:00:00-05:00');
    expect(() => custom('2026-03-02', 'Opened')).toThrow('Opened "2026-03-02" does not match the date format "MM/dd/yyyy HH:mm"');
  });

  it('says once that a local time was read', () => {
    let calls = 0;
    const parse = createTimestampParser({ zone: 'UTC', onLocalTime: () => calls++ });
    parse('2026-03-02T09:00:00Z', 'x');
    expect(calls).toBe(0);
    parse('2026-03-02 09:00', 'x');
    parse('2026-03-03 09:00', 'x');
    expect(calls).toBe(1);
  });
});

describe('addMinutes and zones', () => {
  it('keeps the offset of the start', () => {
    expect(addMinutes('2026-03-02T09:15:00+01:00', 45)).toBe('2026-03-02T10:00:00+01:00');
  });
  it('knows IANA zones', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('minutesBetween', () => {
  it('counts minutes across offsets, to two decimals', () => {
    expect(minutesBetween('2026-03-02T09:15:00+01:00', '2026-03-02T08:30:20Z')).toBe(15.33);
  });

  it('never goes below zero', () => {
    expect(minutesBetween('2026-03-02T09:15:00Z', '2026-03-02T09:00:00Z')).toBe(0);
  });
});

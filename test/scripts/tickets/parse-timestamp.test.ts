import { describe, expect, it } from 'vitest';
import { inferDayFirst } from '../../../scripts/tickets/local-date-formats.ts';
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

  it('refuses, where a time is required, dates that do not exist; refuses text that is no date, naming the field', () => {
    expect(() => berlin('2026-02-30 10:00', 'Created at', true)).toThrow('Created at "2026-02-30 10:00" is not a real date and time');
    expect(() => berlin('2026-03-02T25:00:00Z', 'created_at', true)).toThrow(/created_at .* is not a real date and time/);
    expect(() => berlin('1900-01-01 00:00:00', 'Created at', true)).toThrow('Created at "1900-01-01 00:00:00" is a placeholder date, not a creation time');
    expect(() => berlin('last Tuesday', 'Solved at')).toThrow(/^Solved at "last Tuesday" is not a date and time/);
  });

  it('uses a custom format and reports a mismatch; ISO 8601 needs no format', () => {
    const custom = createTimestampParser({ zone: 'America/New_York', format: 'MM/dd/yyyy HH:mm' });
    expect(custom('03/02/2026 09:00', 'Opened')).toBe('2026-03-02T09:00:00-05:00');
    expect(custom('2026-03-02', 'Opened')).toBe('2026-03-02T00:00:00-05:00');
    expect(() => custom('2 March 2026', 'Opened')).toThrow('Opened "2 March 2026" does not match the date format "MM/dd/yyyy HH:mm"');
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

describe('placeholders and impossible dates', () => {
  // Zones whose 1900 offset was a fraction of a minute (LMT, Madras, Paris Mean Time, Shanghai LMT…).
  const zones = ['Asia/Kolkata', 'Europe/Paris', 'America/Sao_Paulo', 'Asia/Shanghai', 'UTC', 'America/New_York'];

  it('reads 1900-01-01, 0000-00-00, epoch zeros and "N/A" as not set in every time zone, and says which', () => {
    for (const zone of zones) {
      const seen: Array<[string, string]> = [];
      const parse = createTimestampParser({ zone, onNotSet: (_field, text, reason) => seen.push([text, reason]) });
      for (const text of ['1900-01-01 00:00:00', '1900-01-01T00:00:00Z', '0000-00-00 00:00:00', '1899-12-30', '1970-01-01 00:00:00', '0', 'N/A', 'null', '']) {
        expect(parse(text, 'Solved at'), `${text} in ${zone}`).toBeNull();
      }
      expect(parse(0, 'solved_at')).toBeNull();
      expect(parse('2023-02-30 10:00', 'Solved at')).toBeNull();
      expect(seen).toEqual([
        ['1900-01-01 00:00:00', 'placeholder'], ['1900-01-01T00:00:00Z', 'placeholder'], ['0000-00-00 00:00:00', 'placeholder'],
        ['1899-12-30', 'placeholder'], ['1970-01-01 00:00:00', 'placeholder'], ['0', 'placeholder'], ['2023-02-30 10:00', 'impossible'],
      ]);
    }
  });

  it('writes a real date of any zone as a valid timestamp; an offset with seconds becomes UTC', () => {
    expect(createTimestampParser({ zone: 'Asia/Kolkata' })('2023-04-08 20:52', 'x')).toBe('2023-04-08T20:52:00+05:30');
    expect(createTimestampParser({ zone: 'America/Sao_Paulo' })('2023-04-08 20:52:10', 'x')).toBe('2023-04-08T20:52:10-03:00');
    // Liberia kept GMT−0:44:30 until 1972: no ISO offset can say that, so the instant is written in UTC.
    expect(createTimestampParser({ zone: 'Africa/Monrovia' })('1971-06-01 12:00:00', 'x')).toBe('1971-06-01T12:44:30Z');
  });
});

describe('other date forms', () => {
  const utc = createTimestampParser({ zone: 'UTC' });
  it('reads month names, 12-hour clocks and year-first slashes', () => {
    expect(utc('05 Jan 23 14:03', 'x')).toBe('2023-01-05T14:03:00Z');
    expect(utc('5 January 2023', 'x')).toBe('2023-01-05T00:00:00Z');
    expect(utc('Jan 5, 2023 2:03 PM', 'x')).toBe('2023-01-05T14:03:00Z');
    expect(utc('Sept 30, 2023 12:15 am', 'x')).toBe('2023-09-30T00:15:00Z');
    expect(utc('2023/01/05 14:03', 'x')).toBe('2023-01-05T14:03:00Z');
    expect(utc('05.01.2023 14:03', 'x')).toBe('2023-01-05T14:03:00Z');
  });

  it('reads numeric dates in the order the file shows, and refuses one that stays ambiguous', () => {
    expect(inferDayFirst('Id,Created\n1,24-04-2023 19:32\n2,05-04-2023 10:00')).toBe(true);
    expect(inferDayFirst('Id,Created\n1,04/24/2023 19:32')).toBe(false);
    expect(inferDayFirst('Id,Created\n1,04/05/2023 19:32')).toBeUndefined();
    expect(createTimestampParser({ zone: 'UTC', dayFirst: true })('08-04-2023 20:52', 'x')).toBe('2023-04-08T20:52:00Z');
    expect(createTimestampParser({ zone: 'UTC', dayFirst: false })('08-04-2023 20:52', 'x')).toBe('2023-08-04T20:52:00Z');
    expect(utc('24/04/2023 19:32', 'x')).toBe('2023-04-24T19:32:00Z');
    expect(() => utc('08/04/2023', 'Created at')).toThrow(/^Created at "08\/04\/2023" could be day-month or month-day/);
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

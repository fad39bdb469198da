import { describe, expect, it } from 'vitest';
import { createTimestampParser } from '../../../scripts/tickets/parse-timestamp.ts';
import { requireCreatedAt, requireId } from '../../../scripts/tickets/required-fields.ts';
import { RowError } from '../../../scripts/tickets/row-error.ts';

const time = createTimestampParser({ zone: 'UTC' });

describe('requireId', () => {
  it('returns the id as given', () => {
    expect(requireId('T-17', 'Ticket ID')).toBe('T-17');
  });

  it('names the column when the id is empty', () => {
    expect(() => requireId('', 'Ticket ID')).toThrow(RowError);
    expect(() => requireId('', 'Ticket ID')).toThrow('Ticket ID is empty: every ticket needs an id');
  });
});

describe('requireCreatedAt', () => {
  it('reads the time in the import zone', () => {
    expect(requireCreatedAt(time, '2026-03-02 09:15', 'Created at')).toBe('2026-03-02T09:15:00Z');
  });

  it('names the column, and what the vendor calls a ticket, when it is empty', () => {
    expect(() => requireCreatedAt(time, '', 'Created at')).toThrow('Created at is empty: every ticket needs a creation time');
    expect(() => requireCreatedAt(time, null, 'createdAt', 'conversation')).toThrow('createdAt is empty: every conversation needs a creation time');
  });
});

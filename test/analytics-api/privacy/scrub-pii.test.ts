import { describe, expect, it } from 'vitest';
import { scrubPii } from '../../../analytics-api/privacy/scrub-pii.ts';

describe('scrubPii', () => {
  it.each([
    ['reset for jane.doe@example.co.uk please', 'reset for [email] please'],
    ['müller@exämple.de kann nicht', '[email] kann nicht'],
    ['call +1 (555) 123-4567 now', 'call [phone] now'],
    ['555.123.4567', '[phone]'],
    ['+44 20 7946 0958', '[phone]'],
    ['0049 30 123456', '[phone]'],
    ['card 4111 1111 1111 1111 declined', 'card [number] declined'],
    ['order 12345678', 'order [phone]'],
  ])('scrubs %j', (input, expected) => {
    expect(scrubPii(input)).toBe(expected);
  });

  it.each(['payroll export 2025-01-31', 'shifts 31.01.2025', 'error 404', 'version 1.2.3', 'overtime after 40 hours', 'refund €1,299.00', 'Schichtplan für März'])(
    'keeps %j',
    (input) => {
      expect(scrubPii(input)).toBe(input);
    },
  );
});

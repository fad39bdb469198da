import { describe, expect, it } from 'vitest';
import { scrubPersonalData } from '../../../scripts/gaps/scrub-personal-data.ts';

describe('scrubPersonalData', () => {
  it('removes emails, phone numbers, long numbers, links, handles and names', () => {
    expect(scrubPersonalData('Hi, this is Anna Freeman (anna@bakery.example), call +49 30 1234567')).toBe('Hi, this is [name] ([email]), call [phone]');
    expect(scrubPersonalData('Mr. Jones cannot log in, see https://app.example.com/u/123?token=abc')).toBe('[name] cannot log in, see [link]');
    expect(scrubPersonalData('@maria says card 4111 1111 1111 1111 was charged')).toBe('[handle] says card [number] was charged');
  });

  it('keeps what is not personal: product words, dates, short numbers', () => {
    expect(scrubPersonalData('Export timesheets for Gusto payroll')).toBe('Export timesheets for Gusto payroll');
    expect(scrubPersonalData('Payroll for 2026-03-04 is off by 2 hours')).toBe('Payroll for 2026-03-04 is off by 2 hours');
  });
});

import { describe, expect, it } from 'vitest';
import { createBatchScrubber, learnNames, scrubPersonalData, withoutPlaceholders } from '../../../plugins/text/scrub-personal-data.ts';

describe('scrubPersonalData', () => {
  it.each([
    // Sign-offs and greetings.
    ['Thanks, Kenji Berg', 'Thanks, [name]'],
    ['Best regards,\nMarta Kowalski', 'Best regards,\n[name]'],
    ['Cheers – Aiko', 'Cheers – [name]'],
    ['The export is empty.\n\nKind regards,\nPriya Natarajan\nAcme Bakery', 'The export is empty.\n\nKind regards,\n[name]\nAcme Bakery'],
    ['thanks,\nkenji', 'thanks,\n[name]'],
    ['Kind regards, Grace', 'Kind regards, [name]'],
    ['Regards, Wei Zhang', 'Regards, [name]'],
    ['Many thanks! Siobhan O\'Brien', 'Many thanks! [name]'],
    ['Hello Olga, thanks for the help', 'Hello [name], thanks for the help'],
    ['Dear Mr. Smith, the app crashes', 'Dear [name], the app crashes'],
    ['Hi Marta,\nthe payroll export fails', 'Hi [name],\nthe payroll export fails'],
    // Introductions, titles, relations.
    ['Hi, my name is Aiko Tanaka and I cannot log in', 'Hi, my name is [name] and I cannot log in'],
    ['Hi, this is Anna Freeman (anna@bakery.example), call +49 30 1234567', 'Hi, this is [name] ([email]), call [phone]'],
    ['Mohammed Ali here, the sync is broken', '[name] here, the sync is broken'],
    ['Mr. Jones cannot log in, see https://app.example.com/u/123?token=abc', '[name] cannot log in, see [link]'],
    ['My colleague Chidi Okafor cannot log in', 'My colleague [name] cannot log in'],
    // Names in running text.
    ['Please call Sven Olsen at the office', 'Please call [name] at the office'],
    ['Priya Natarajan from accounting says the export fails', '[name] from accounting says the export fails'],
    ['I spoke with Fatima Al-Sayed yesterday', 'I spoke with [name] yesterday'],
    ['José García cannot see his shifts', '[name] cannot see his shifts'],
    ['Łukasz Nowak reported a bug', '[name] reported a bug'],
    ['Ask Chidi Okafor about the invoice', 'Ask [name] about the invoice'],
    ['Marta Kowalski says the app crashes; Marta tried twice', '[name] says the app crashes; [name] tried twice'],
    // Card numbers in every grouping.
    ['card 4111 1111 1111 1111 declined', 'card [card] declined'],
    ['card 4111,1111,1111,1111 declined', 'card [card] declined'],
    ['card 4111/1111/1111/1111', 'card [card]'],
    ['card 4111_1111_1111_1111', 'card [card]'],
    ['card 4111-1111-1111-1111 was charged twice', 'card [card] was charged twice'],
    ['card ４１１１ １１１１ １１１１ １１１１', 'card [card]'],
    ['amex 3782 822463 10005', 'amex [card]'],
    ['account 12345678901234567890', 'account [number]'],
    ['IBAN DE89 3704 0044 0532 0130 00 please', 'IBAN [account] please'],
    // Phone numbers.
    ['call +1 (555) 123-4567 now', 'call [phone] now'],
    ['555.123.4567', '[phone]'],
    ['+44 20 7946 0958', '[phone]'],
    ['order 12345678', 'order [phone]'],
    // Emails however they are written.
    ['reset for jane.doe@example.co.uk please', 'reset for [email] please'],
    ['müller@exämple.de kann nicht', '[email] kann nicht'],
    ['mail kenji @ example.org', 'mail [email]'],
    ['mail kenji%40example.org', 'mail [email]'],
    ['kenji [at] example [dot] org', '[email]'],
    ['kenji(at)example.org', '[email]'],
    ['kenji at example dot org', '[email]'],
    ['write to kenji＠example.org', 'write to [email]'],
    ['@maria says card 4111 1111 1111 1111 was charged', '[handle] says card [card] was charged'],
  ])('scrubs %j', (input, expected) => {
    expect(scrubPersonalData(input)).toBe(expected);
  });

  it.each([
    'payroll export 2025-01-31',
    'shifts 31.01.2025',
    'error 404',
    'version 1.2.3',
    'overtime after 40 hours',
    'refund €1,299.00',
    'Schichtplan für März',
    'Export timesheets for Gusto payroll',
    'Payroll for 2026-03-04 is off by 2 hours',
    'The Export button does not work',
    'I clicked Export Timesheets and nothing happened',
    'Hi team, the Google Calendar sync fails',
    'Mark the shift as done does nothing',
    'Thanks for the help!',
    'Thanks, it works now',
    'The app crashed on Monday in March',
    'Sent from my iPhone',
  ])('keeps %j', (input) => {
    expect(scrubPersonalData(input)).toBe(input);
  });

  it('keeps product names it is told about', () => {
    expect(scrubPersonalData('Hi Tidyshift support, my shifts vanished', { keep: ['Tidyshift'] })).toBe('Hi Tidyshift support, my shifts vanished');
  });
});

describe('createBatchScrubber', () => {
  it('removes a name signed under one text from the others', () => {
    const texts = ['The sync is broken.\nThanks, Aiko Tanaka', 'aiko says the sync is broken again', 'please ask Tanaka about the export'];
    const scrub = createBatchScrubber(texts);
    expect(texts.map(scrub)).toEqual(['The sync is broken.\nThanks, [name]', '[name] says the sync is broken again', 'please ask [name] about the export']);
    expect(learnNames(texts)).toEqual(new Set(['aiko', 'tanaka']));
  });

  it('makes identical complaints from different people identical', () => {
    const people = ['Kenji Berg', 'Marta Kowalski', 'Aiko Tanaka', 'Chidi Okafor', 'Priya Natarajan', 'Sven Olsen'];
    const texts = people.map((person) => `The app crashes when I open the schedule.\nBest regards,\n${person}`);
    const scrub = createBatchScrubber(texts);
    expect(new Set(texts.map((text) => withoutPlaceholders(scrub(text)).trim())).size).toBe(1);
  });
});

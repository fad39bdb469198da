import { describe, expect, it } from 'vitest';
import { customField, customFieldText } from '../../../scripts/tickets/custom-field.ts';
import type { CsvRecord } from '../../../scripts/tickets/read-csv-records.ts';

function recordOf(values: Record<string, string>): CsvRecord {
  const names = Object.keys(values);
  return {
    get: (column) => values[column] ?? '',
    at: (index) => values[names[index] ?? ''] ?? '',
    has: (column) => column in values,
    find: (pattern) => names.find((name) => pattern.test(name)),
  };
}

describe('customField', () => {
  it('matches the field with or without a prefix and a type suffix, in any case', () => {
    for (const column of ['Plan', 'plan [list]', 'Customer plan [txt]', 'KB Plan']) expect(customField('plan').test(column)).toBe(true);
    for (const column of ['Plan name', 'Old plan', 'Plan [list] 2']) expect(customField('plan').test(column)).toBe(false);
  });
});

describe('customFieldText', () => {
  it('reads the value of the matching column, trimmed', () => {
    expect(customFieldText(recordOf({ Id: '1', 'Plan [list]': ' pro ' }), 'plan')).toBe('pro');
  });

  it('is null without such a column or with an empty value', () => {
    expect(customFieldText(recordOf({ Id: '1' }), 'plan')).toBeNull();
    expect(customFieldText(recordOf({ 'Plan [list]': '-' }), 'plan')).toBeNull();
  });
});

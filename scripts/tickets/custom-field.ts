/**
 * Custom fields in Freshdesk's CSV export: a column such as "Plan",
 * "Customer plan" or "Plan [list]" fills the ticket field of that name,
 * whatever the admin called the field around it. (Zendesk's exports find
 * theirs by column key, in `zendesk-csv-columns.ts`.)
 */
import { toText } from './field-values.ts';
import type { CsvRecord } from './read-csv-records.ts';

const patterns = new Map<string, RegExp>();

/** The pattern of a custom field column such as "Plan [list]" or "Customer plan [txt]". */
export function customField(name: string): RegExp {
  let pattern = patterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`^(customer |help |kb )?${name}( \\[[a-z]+\\])?$`, 'i');
    patterns.set(name, pattern);
  }
  return pattern;
}

/** The value of the custom field `name` in this record, or null when the export has no such column or it is empty. */
export function customFieldText(record: CsvRecord, name: string): string | null {
  const column = record.find(customField(name));
  return column ? toText(record.get(column), 200) : null;
}

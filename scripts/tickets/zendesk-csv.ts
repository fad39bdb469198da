/**
 * Zendesk's CSV ticket export (Admin Center › Account › Tools › Reports ›
 * CSV export) and view exports: "Id", "Created at", "Status", "Subject",
 * "Solved at", "Satisfaction Score" (Good, Bad, Offered, Not Offered) and
 * the duration columns. Timestamps are written in the account's time zone
 * without an offset, so `--timezone` says which zone that is. Custom fields
 * appear as "Name [list]" or "Name [txt]"; fields named Plan, Category,
 * Article and Session fill those ticket fields (see `zendesk-csv-columns.ts`).
 */
import { hasColumns, type CsvImporter } from './importer.ts';
import { bindZendeskColumns } from './zendesk-csv-columns.ts';

const required = ['Id', 'Created at', 'Status'] as const;
const oneOf = ['Subject', 'Solved at', 'Satisfaction Score', 'Reopens', 'First reply time in minutes'];

export const zendeskCsv: CsvImporter = {
  format: 'zendesk-csv',
  kind: 'csv',
  requiredColumns: [...required, 'Subject'],
  matches: (header) => hasColumns(header, required) && oneOf.some((name) => hasColumns(header, [name])),
  bind: bindZendeskColumns,
};

/**
 * Zendesk's CSV ticket export (Admin Center › Account › Tools › Reports ›
 * CSV export) and view exports: "Id", "Created at" (a view's "Requested"),
 * "Status", "Subject", "Solved at", "Satisfaction Score" (Good, Bad,
 * Offered, Not Offered) and the duration columns. Timestamps are written in
 * the account's time zone without an offset, so `--timezone` says which
 * zone that is. Custom fields appear as "Name [list]" or "Name [txt]";
 * fields named Plan, Category, Article and Session fill those ticket fields
 * (see `zendesk-csv-columns.ts`).
 */
import type { CsvImporter } from './importer.ts';
import { bindZendeskColumns, findZendeskColumns } from './zendesk-csv-columns.ts';

export const zendeskCsv: CsvImporter = {
  format: 'zendesk-csv',
  kind: 'csv',
  requiredColumns: ['Id', 'Created at', 'Status', 'Subject'],
  matches(header) {
    const { index: c, durations } = findZendeskColumns(header);
    if (c.id < 0 || c.created < 0 || c.status < 0) return false;
    return c.subject >= 0 || c.solved >= 0 || c.satisfaction >= 0 || c.reopens >= 0 || durations.recognised > 0;
  },
  bind: bindZendeskColumns,
};

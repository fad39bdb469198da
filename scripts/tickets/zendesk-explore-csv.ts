/**
 * A Zendesk Explore report exported as CSV (or a ticket export cut down to
 * the same shape): per ticket, durations the helpdesk computed rather than
 * event times — first reply, first and full resolution and requester wait,
 * in calendar minutes and within business hours — with counts of replies
 * and reopens, and usually no subject or description. Recognised by that
 * family of duration columns, however the columns are spelled ("First
 * reply time in minutes within business hours", "First reply time -
 * Business hours (min)", "Full resolution time (hrs)"), next to a ticket id
 * and a creation time. Read by the same column rules as the CSV export.
 */
import { columnKey } from './header-columns.ts';
import type { CsvImporter } from './importer.ts';
import { bindZendeskColumns, findZendeskColumns } from './zendesk-csv-columns.ts';

/** Duration columns a header needs to be an Explore export. */
const MIN_DURATIONS = 2;

/** Explore's own attribute names, which the account CSV export never uses. */
const exploreNames = /^ticket (id|created|solved|updated|status|priority|channel|satisfaction rating)\b|\((min|hrs|days|sec)\)$| - business hours\b/;

export const zendeskExploreCsv: CsvImporter = {
  format: 'zendesk-explore-csv',
  kind: 'csv',
  requiredColumns: ['Ticket ID', 'Ticket created - Timestamp', 'First reply time (min)', 'Full resolution time (min)'],
  matches(header) {
    const { keys, index, durations } = findZendeskColumns(header);
    if (index.id < 0 || index.created < 0 || durations.recognised < MIN_DURATIONS) return false;
    // The account CSV export has the same durations beside the ticket's subject.
    return index.subject < 0 || keys.some((key) => exploreNames.test(key));
  },
  bind: bindZendeskColumns,
};

/** Why a header is not an Explore export, for the message when `--format zendesk-explore-csv` does not fit. */
export function exploreMismatch(header: readonly string[]): string {
  const { index, durations } = findZendeskColumns(header);
  const missing: string[] = [];
  if (index.id < 0) missing.push('a ticket id ("Ticket ID" or "Id")');
  if (index.created < 0) missing.push('a creation time ("Ticket created - Timestamp" or "Created at")');
  if (durations.recognised < MIN_DURATIONS) missing.push('duration columns ("First reply time (min)", "Full resolution time in minutes within business hours", …)');
  return missing.length > 0 ? `it has no ${missing.join(', no ')}` : `it has a subject column (${header.find((h) => columnKey(h) === 'subject' || columnKey(h) === 'ticket subject')}), so it reads as a ticket export`;
}

/**
 * Freshdesk's CSV ticket export (Tickets › Export). Timestamps are in the
 * account's time zone without an offset (`--timezone`); response times are
 * hours, as a number or hh:mm:ss. Contact fields (Email, Contact ID,
 * Company Name) and custom fields named Plan, Category, Article and Session
 * are read when the export includes them.
 */
import { customFieldText } from './custom-field.ts';
import { hoursToMinutes, normalizeChannel, normalizePriority, normalizeSatisfaction, normalizeStatus, toCount, toTags, toText } from './field-values.ts';
import { hasColumns, type CsvImporter } from './importer.ts';
import { addMinutes, minutesBetween } from './parse-timestamp.ts';
import { requireCreatedAt, requireId } from './required-fields.ts';

const required = ['Ticket ID', 'Created time'] as const;

export const freshdeskCsv: CsvImporter = {
  format: 'freshdesk-csv',
  kind: 'csv',
  requiredColumns: [...required, 'Subject', 'Status'],
  matches: (header) => hasColumns(header, required) && (hasColumns(header, ['Status']) || hasColumns(header, ['Subject'])),
  map(record, { time }) {
    const id = requireId(record.get('Ticket ID'), 'Ticket ID');
    const created = requireCreatedAt(time, record.get('Created time'), 'Created time');
    const firstResponse = time(record.get('Initial response time'), 'Initial response time');
    const hours = hoursToMinutes(record.get('First response time (in hrs)'), 'First response time (in hrs)');
    const firstReplyMinutes = hours ?? (firstResponse ? minutesBetween(created, firstResponse) : null);
    const custom = (name: string) => customFieldText(record, name);
    return {
      id,
      created_at: created,
      first_reply_at: firstResponse ?? (firstReplyMinutes === null ? null : addMinutes(created, firstReplyMinutes)),
      first_reply_minutes: firstReplyMinutes,
      solved_at: time(record.get('Resolved time'), 'Resolved time') ?? time(record.get('Closed time'), 'Closed time'),
      status: normalizeStatus(record.get('Status')),
      priority: normalizePriority(record.get('Priority')),
      channel: normalizeChannel(record.get('Source')),
      subject: record.get('Subject'),
      description: record.get('Description'),
      tags: toTags(record.get('Tags')),
      category: custom('category') ?? toText(record.get('Type'), 100),
      requester_id: toText(record.get('Contact ID'), 200),
      requester_email: toText(record.get('Email'), 320),
      organization: toText(record.get('Company Name'), 200),
      plan: custom('plan'),
      satisfaction: normalizeSatisfaction(record.get('Survey results')),
      reopens: 0,
      replies: toCount(record.get('Agent interactions'), 'Agent interactions'),
      article: custom('article'),
      session: custom('session'),
    };
  },
};

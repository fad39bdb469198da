/**
 * Freshdesk's CSV ticket export (Tickets › Export). Timestamps are in the
 * account's time zone without an offset (`--timezone`); response and
 * resolution times are hours, as a number or hh:mm:ss. Contact fields
 * (Email, Contact ID, Company Name) and custom fields named Plan, Category,
 * Article and Session are read when the export includes them.
 */
import { customFieldText } from './custom-field.ts';
import { hoursToMinutes, normalizeChannel, normalizePriority, readSatisfaction, normalizeStatus, toCount, toTags, toText } from './field-values.ts';
import { hasColumns, type CsvImporter } from './importer.ts';
import { addMinutes, minutesBetween } from './parse-timestamp.ts';
import { requireCreatedAt, requireId } from './required-fields.ts';

const required = ['Ticket ID', 'Created time'] as const;

export const freshdeskCsv: CsvImporter = {
  format: 'freshdesk-csv',
  kind: 'csv',
  requiredColumns: [...required, 'Subject', 'Status'],
  matches: (header) => hasColumns(header, required) && (hasColumns(header, ['Status']) || hasColumns(header, ['Subject'])),
  bind: (header) => {
    const hasReplies = hasColumns(header, ['Agent interactions']);
    return (record, { time, soft }) => {
      const id = requireId(record.get('Ticket ID'), 'Ticket ID');
      const created = requireCreatedAt(time, record.get('Created time'), 'Created time');
      const firstResponse = soft(() => time(record.get('Initial response time'), 'Initial response time'), null);
      const hours = soft(() => hoursToMinutes(record.get('First response time (in hrs)'), 'First response time (in hrs)'), null);
      const firstReplyMinutes = hours ?? (firstResponse ? minutesBetween(created, firstResponse) : null);
      const custom = (name: string) => customFieldText(record, name);
      const survey = soft(() => readSatisfaction(record.get('Survey results'), 'Survey results'), { rating: null, offered: null });
      const replies = hasReplies ? soft(() => toCount(record.get('Agent interactions'), 'Agent interactions', null), null) : null;
      return {
        id,
        created_at: created,
        updated_at: soft(() => time(record.get('Last update time'), 'Last update time'), null),
        first_reply_at: firstResponse ?? (firstReplyMinutes === null ? null : addMinutes(created, firstReplyMinutes)),
        first_reply_minutes: firstReplyMinutes,
        solved_at: time(record.get('Resolved time'), 'Resolved time') ?? time(record.get('Closed time'), 'Closed time'),
        full_resolution_minutes: soft(() => hoursToMinutes(record.get('Resolution time (in hrs)'), 'Resolution time (in hrs)'), null),
        status: normalizeStatus(record.get('Status'), 'Status'),
        priority: soft(() => normalizePriority(record.get('Priority'), 'Priority'), null),
        channel: normalizeChannel(record.get('Source')),
        subject: record.get('Subject'),
        description: record.get('Description'),
        tags: toTags(record.get('Tags')),
        category: custom('category') ?? toText(record.get('Type'), 100),
        requester_id: toText(record.get('Contact ID'), 200),
        requester_email: toText(record.get('Email'), 320),
        organization: toText(record.get('Company Name'), 200),
        plan: custom('plan'),
        satisfaction: survey.rating,
        // "Survey results" is empty both when no survey went out and when one went unanswered: the export does not say which.
        satisfaction_offered: null,
        reopens: null,
        replies,
        article: custom('article'),
        session: custom('session'),
      };
    };
  },
};

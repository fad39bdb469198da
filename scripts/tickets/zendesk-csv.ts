/**
 * Zendesk's CSV ticket export (Admin Center › Account › Tools › Reports ›
 * CSV export). Timestamps are written in the account's time zone without an
 * offset, so `--timezone` says which zone that is. Custom fields appear as
 * "Name [list]" or "Name [txt]"; fields named Plan, Category, Article and
 * Session fill those ticket fields.
 */
import { customFieldText } from './custom-field.ts';
import { normalizeChannel, normalizePriority, normalizeSatisfaction, normalizeStatus, toCount, toMinutes, toTags, toText } from './field-values.ts';
import { hasColumns, type CsvImporter } from './importer.ts';
import { addMinutes } from './parse-timestamp.ts';
import { requireCreatedAt, requireId } from './required-fields.ts';

const required = ['Id', 'Created at', 'Status'] as const;
const oneOf = ['Subject', 'Solved at', 'Satisfaction Score', 'Reopens', 'First reply time in minutes'];

export const zendeskCsv: CsvImporter = {
  format: 'zendesk-csv',
  kind: 'csv',
  requiredColumns: [...required, 'Subject'],
  matches: (header) => hasColumns(header, required) && oneOf.some((name) => hasColumns(header, [name])),
  map(record, { time }) {
    const id = requireId(record.get('Id'), 'Id');
    const created = requireCreatedAt(time, record.get('Created at'), 'Created at');
    const firstReplyMinutes = toMinutes(record.get('First reply time in minutes'), 'First reply time in minutes');
    const custom = (name: string) => customFieldText(record, name);
    return {
      id,
      created_at: created,
      first_reply_at: firstReplyMinutes === null ? null : addMinutes(created, firstReplyMinutes),
      first_reply_minutes: firstReplyMinutes,
      solved_at: time(record.get('Solved at'), 'Solved at'),
      status: normalizeStatus(record.get('Status')),
      priority: normalizePriority(record.get('Priority')),
      channel: normalizeChannel(record.get('Via')),
      subject: record.get('Subject'),
      description: record.get('Description'),
      tags: toTags(record.get('Tags')),
      category: custom('category') ?? custom('ticket category'),
      requester_id: toText(record.get('Requester id'), 200),
      requester_email: toText(record.get('Requester email'), 320),
      organization: toText(record.get('Organization'), 200),
      plan: custom('plan'),
      satisfaction: normalizeSatisfaction(record.get('Satisfaction Score')),
      reopens: toCount(record.get('Reopens'), 'Reopens'),
      replies: toCount(record.get('Replies'), 'Replies'),
      article: custom('article'),
      session: custom('session'),
    };
  },
};

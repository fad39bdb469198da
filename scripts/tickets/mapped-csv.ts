/**
 * Any CSV export, read through a column map (see `column-map.ts`): each
 * canonical field comes from the column the map names, converted the same
 * way as the vendor importers convert theirs.
 */
import type { ColumnMap } from './column-map.ts';
import {
  hoursToMinutes,
  normalizeChannel,
  normalizePriority,
  normalizeSatisfaction,
  normalizeStatus,
  toCount,
  toMinutes,
  toTags,
  toText,
} from './field-values.ts';
import { hasColumns, type CsvImporter } from './importer.ts';
import { addMinutes, minutesBetween } from './parse-timestamp.ts';
import { requireCreatedAt, requireId } from './required-fields.ts';
import type { TicketInput } from './ticket-schema.ts';

/** Creates the importer for one column map. */
export function createMappedCsvImporter(map: ColumnMap): CsvImporter {
  const columns = Object.values(map.columns).filter((c): c is string => typeof c === 'string');
  return {
    format: 'csv',
    kind: 'csv',
    requiredColumns: columns,
    matches: (header) => hasColumns(header, columns),
    map(record, { time }) {
      const raw = (name: keyof TicketInput): string => {
        const column = map.columns[name];
        const value = column ? record.get(column) : '';
        if (value !== '') return value;
        const fallback = map.defaults[name];
        return fallback === undefined ? '' : String(fallback);
      };
      const label = (name: keyof TicketInput) => map.columns[name] ?? name;
      const translated = (name: 'status' | 'priority' | 'channel' | 'satisfaction' | 'category' | 'plan'): string => {
        const value = raw(name);
        return map.values[name]?.[value] ?? value;
      };
      const id = requireId(raw('id'), label('id'));
      const created = requireCreatedAt(time, raw('created_at'), label('created_at'));
      const firstReply = raw('first_reply_minutes');
      const firstReplyMinutes =
        map.first_reply_unit === 'hours' ? hoursToMinutes(firstReply, label('first_reply_minutes')) : toMinutes(firstReply, label('first_reply_minutes'));
      const firstReplyAt = time(raw('first_reply_at'), label('first_reply_at'));
      const tagsText = raw('tags');
      return {
        id: id.slice(0, 100),
        created_at: created,
        first_reply_at: firstReplyAt ?? (firstReplyMinutes === null ? null : addMinutes(created, firstReplyMinutes)),
        first_reply_minutes: firstReplyMinutes ?? (firstReplyAt ? minutesBetween(created, firstReplyAt) : null),
        solved_at: time(raw('solved_at'), label('solved_at')),
        status: normalizeStatus(translated('status')),
        priority: normalizePriority(translated('priority')),
        channel: normalizeChannel(translated('channel')),
        subject: raw('subject'),
        description: raw('description'),
        tags: map.tags_separator ? toTags(tagsText.split(map.tags_separator)) : toTags(tagsText),
        category: toText(translated('category'), 100),
        requester_id: toText(raw('requester_id'), 200),
        requester_email: toText(raw('requester_email'), 320),
        organization: toText(raw('organization'), 200),
        plan: toText(translated('plan'), 60),
        satisfaction: normalizeSatisfaction(translated('satisfaction')),
        reopens: toCount(raw('reopens'), label('reopens')),
        replies: toCount(raw('replies'), label('replies')),
        article: toText(raw('article'), 200),
        session: toText(raw('session'), 100),
      };
    },
  };
}

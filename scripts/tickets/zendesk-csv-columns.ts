/**
 * Reads the columns of Zendesk's CSV exports, whichever tool wrote them:
 * the account CSV export and view exports ("Id", "Created at", "Solved at",
 * "Satisfaction Score", "First reply time in minutes within business
 * hours"…) and Explore reports ("Ticket ID", "Ticket created - Timestamp",
 * "Ticket satisfaction rating", "First reply time - Business hours (min)",
 * "Agent replies"…). Columns are found once per file by their names'
 * variants (see `header-columns.ts`); custom fields keep their "[list]"
 * suffix, and one whose name speaks of categories ("Category [list]",
 * "Manual Tagging of Categories [list]") fills the category and joins the
 * tags. Times are the account's local time (`--timezone`); unsolved tickets
 * carry a placeholder solve time, read as none.
 */
import { normalizeChannel, normalizePriority, normalizeStatus, readSatisfaction, toCount, toDuration, toTags, toText } from './field-values.ts';
import { columnKey, durationColumns, findColumn, findColumnLike } from './header-columns.ts';
import type { CsvRowMapper } from './importer.ts';
import { addMinutes } from './parse-timestamp.ts';
import { requireCreatedAt, requireId } from './required-fields.ts';
import type { DurationField } from './ticket-schema.ts';

/** Column names (as keys) per field, most specific first. */
export const zendeskColumnNames = {
  id: ['id', 'ticket id', 'ticket number', 'ticket no', 'ticket #'],
  created: ['created at', 'ticket created - timestamp', 'ticket created at', 'created', 'ticket created', 'requested', 'created date', 'date created', 'ticket created - date'],
  updated: ['updated at', 'ticket updated - timestamp', 'ticket updated at', 'updated', 'ticket updated', 'last updated', 'ticket updated - date'],
  solved: ['solved at', 'ticket solved - timestamp', 'ticket solved at', 'solved', 'ticket solved', 'ticket solved - date', 'resolved at'],
  status: ['status', 'ticket status', 'ticket status - unsorted'],
  priority: ['priority', 'ticket priority', 'ticket priority - unsorted'],
  channel: ['via', 'ticket channel', 'channel', 'ticket via', 'ticket source'],
  subject: ['subject', 'ticket subject'],
  description: ['description', 'ticket description'],
  tags: ['tags', 'ticket tags'],
  requesterId: ['requester id', 'requester external id'],
  requesterEmail: ['requester email', 'requester e-mail'],
  organization: ['organization', 'ticket organization name', 'requester organization name', 'organization name'],
  satisfaction: ['satisfaction score', 'ticket satisfaction rating', 'satisfaction rating', 'satisfaction', 'csat'],
  reopens: ['reopens', 'ticket reopens'],
  replies: ['replies', 'agent replies'],
  /** The CSV export's resolution time: whole calendar hours to the latest solve. */
  resolutionHours: ['resolution time'],
  plan: ['plan', 'customer plan', 'kb plan'],
  article: ['article', 'kb article', 'help article'],
  session: ['session', 'kb session'],
} as const;

/** Finds each field's column in a header (-1 when absent). */
export function findZendeskColumns(header: readonly string[]) {
  const keys = header.map(columnKey);
  const index = Object.fromEntries(Object.entries(zendeskColumnNames).map(([field, names]) => [field, findColumn(keys, names)])) as Record<keyof typeof zendeskColumnNames, number>;
  // A category custom field, by any name that speaks of categories.
  let category = findColumn(keys, ['category', 'ticket category', 'categories']);
  if (category < 0) category = header.findIndex((name, i) => /\[[a-z]+\]\s*$/i.test(name) && /categor/.test(keys[i]!));
  if (category < 0) category = findColumnLike(keys, /categor/);
  return { keys, index: { ...index, category }, durations: durationColumns(keys) };
}

/** The mapper for one Zendesk CSV header. */
export function bindZendeskColumns(header: readonly string[]): CsvRowMapper {
  const { index: c, durations } = findZendeskColumns(header);
  const name = (i: number, fallback: string) => (i >= 0 ? header[i]! : fallback);
  return (record, { time, soft }) => {
    const get = (i: number) => (i < 0 ? '' : record.at(i));
    const id = requireId(get(c.id), name(c.id, 'Id'));
    const created = requireCreatedAt(time, get(c.created), name(c.created, 'Created at'));
    const minutes: Partial<Record<DurationField, number | null>> = {};
    for (const d of durations.stored) minutes[d.field] = soft(() => toDuration(get(d.index), header[d.index]!, d.unit), null);
    // Whole hours only: a fallback for exports without the solve time or the minutes.
    if (minutes.full_resolution_minutes === undefined && c.resolutionHours >= 0 && c.solved < 0) {
      minutes.full_resolution_minutes = soft(() => toDuration(get(c.resolutionHours), header[c.resolutionHours]!, 'hours'), null);
    }
    const firstReply = minutes.first_reply_minutes ?? null;
    const satisfaction = c.satisfaction < 0 ? { rating: null, offered: null } : soft(() => readSatisfaction(get(c.satisfaction), header[c.satisfaction]!), { rating: null, offered: null });
    const category = toText(get(c.category), 100);
    const tags = toTags(get(c.tags));
    // Zendesk adds a drop-down option's tag to the ticket's tags itself; an export without tags gets the category as its tag.
    if (category !== null && c.tags < 0) tags.push(category);
    const count = (i: number) => (i < 0 ? null : soft(() => toCount(get(i), header[i]!, null), null));
    return {
      id,
      created_at: created,
      updated_at: soft(() => time(get(c.updated), name(c.updated, 'Updated at')), null),
      first_reply_at: firstReply === null ? null : addMinutes(created, firstReply),
      first_reply_minutes: firstReply,
      first_reply_business_minutes: minutes.first_reply_business_minutes ?? null,
      solved_at: time(get(c.solved), name(c.solved, 'Solved at')),
      first_resolution_minutes: minutes.first_resolution_minutes ?? null,
      first_resolution_business_minutes: minutes.first_resolution_business_minutes ?? null,
      full_resolution_minutes: minutes.full_resolution_minutes ?? null,
      full_resolution_business_minutes: minutes.full_resolution_business_minutes ?? null,
      requester_wait_minutes: minutes.requester_wait_minutes ?? null,
      requester_wait_business_minutes: minutes.requester_wait_business_minutes ?? null,
      status: normalizeStatus(get(c.status), name(c.status, 'Status')),
      priority: soft(() => normalizePriority(get(c.priority), name(c.priority, 'Priority')), null),
      channel: normalizeChannel(get(c.channel)),
      subject: get(c.subject),
      description: get(c.description),
      tags,
      category,
      requester_id: toText(get(c.requesterId), 200),
      requester_email: toText(get(c.requesterEmail), 320),
      organization: toText(get(c.organization), 200),
      plan: toText(get(c.plan), 60),
      satisfaction: satisfaction.rating,
      satisfaction_offered: satisfaction.offered,
      reopens: count(c.reopens),
      replies: count(c.replies),
      article: toText(get(c.article), 200),
      session: toText(get(c.session), 100),
    };
  };
}

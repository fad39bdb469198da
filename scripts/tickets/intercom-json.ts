/**
 * Intercom conversations (`GET /conversations`, a `conversation.list`, or an
 * array of conversation objects). Times are Unix seconds; statistics give
 * the first admin reply, reopens and close time; the rating is 1-5; custom
 * attributes named Plan, Category, Article and Session fill those fields.
 */
import { z } from 'zod';
import { parseRecord } from './describe-issues.ts';
import { normalizeChannel, normalizeSatisfaction, normalizeStatus, toCount, toId, toTags, toText } from './field-values.ts';
import { htmlToText } from './html-to-text.ts';
import { asObject, type JsonImporter } from './importer.ts';
import { minutesBetween } from './parse-timestamp.ts';
import { requireCreatedAt } from './required-fields.ts';

const seconds = z.number().nullish();

const conversation = z.looseObject({
  type: z.string().nullish(),
  id: z.union([z.number(), z.string()]),
  created_at: z.union([z.number(), z.string()]),
  updated_at: z.union([z.number(), z.string()]).nullish(),
  title: z.string().nullish(),
  state: z.string().nullish(),
  open: z.boolean().nullish(),
  priority: z.string().nullish(),
  source: z
    .looseObject({
      type: z.string().nullish(),
      delivered_as: z.string().nullish(),
      subject: z.string().nullish(),
      body: z.string().nullish(),
      author: z.looseObject({ id: z.union([z.number(), z.string()]).nullish(), email: z.string().nullish(), type: z.string().nullish() }).nullish(),
    })
    .nullish(),
  contacts: z.looseObject({ contacts: z.array(z.looseObject({ id: z.union([z.number(), z.string()]).nullish() })).nullish() }).nullish(),
  tags: z.looseObject({ tags: z.array(z.looseObject({ name: z.string() })).nullish() }).nullish(),
  conversation_rating: z.looseObject({ rating: z.number().nullish() }).nullish(),
  statistics: z
    .looseObject({
      first_admin_reply_at: seconds,
      time_to_admin_reply: seconds,
      last_close_at: seconds,
      count_reopens: seconds,
      count_conversation_parts: seconds,
    })
    .nullish(),
  custom_attributes: z.record(z.string(), z.unknown()).nullish(),
});

export const intercomJson: JsonImporter = {
  format: 'intercom-json',
  kind: 'json',
  signature: 'type "conversation", id, created_at, source and statistics',
  matches(record) {
    const r = asObject(record);
    if (!r) return false;
    return r.type === 'conversation' || 'conversation_parts' in r || 'conversation_rating' in r || asObject(r.source)?.delivered_as !== undefined;
  },
  map(record, { time, soft }) {
    const c = parseRecord(conversation, record);
    const created = requireCreatedAt(time, c.created_at, 'created_at', 'conversation');
    const stats = c.statistics ?? undefined;
    const firstReply = time(stats?.first_admin_reply_at ?? null, 'statistics.first_admin_reply_at');
    const attributes = new Map(Object.entries(c.custom_attributes ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    const subject = c.title ?? htmlToText(c.source?.subject ?? '');
    const state = c.state ?? (c.open === false ? 'closed' : 'open');
    return {
      id: toId(c.id, 'id'),
      created_at: created,
      updated_at: soft(() => time(c.updated_at ?? null, 'updated_at'), null),
      first_reply_at: firstReply,
      first_reply_minutes:
        typeof stats?.time_to_admin_reply === 'number'
          ? Math.round(stats.time_to_admin_reply / 0.6) / 100
          : firstReply
            ? minutesBetween(created, firstReply)
            : null,
      solved_at: state === 'closed' ? time(stats?.last_close_at ?? null, 'statistics.last_close_at') : null,
      status: normalizeStatus(state),
      // Intercom has one flag: a conversation is marked priority or not.
      priority: c.priority === 'priority' ? 'high' : null,
      channel: normalizeChannel(c.source?.type === 'conversation' ? 'chat' : c.source?.type),
      subject,
      description: htmlToText(c.source?.body ?? ''),
      tags: toTags((c.tags?.tags ?? []).map((t) => t.name)),
      category: toText(attributes.get('category'), 100),
      requester_id: toText(c.contacts?.contacts?.[0]?.id ?? c.source?.author?.id, 200),
      requester_email: toText(c.source?.author?.email, 320),
      organization: null,
      plan: toText(attributes.get('plan'), 60),
      satisfaction: soft(() => normalizeSatisfaction(c.conversation_rating?.rating ?? null, 'conversation_rating.rating'), null),
      satisfaction_offered: null,
      reopens: stats ? toCount(stats.count_reopens, 'statistics.count_reopens', null) : null,
      // Statistics give the first admin reply, not a count of replies: none yet means zero.
      replies: stats && firstReply === null ? 0 : null,
      article: toText(attributes.get('article'), 200),
      session: toText(attributes.get('session'), 100),
    };
  },
};

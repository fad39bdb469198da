/**
 * Help Scout conversations from the Mailbox API 2.0
 * (`GET /v2/conversations?embed=threads`): the `_embedded.conversations`
 * page as saved, or an array of conversations. With embedded threads, the
 * first customer message is the description and the first agent reply
 * gives the first reply time; custom fields named Plan, Category, Article
 * and Session fill those ticket fields.
 */
import { z } from 'zod';
import { parseRecord } from './describe-issues.ts';
import { normalizeChannel, normalizeStatus, toId, toTags, toText } from './field-values.ts';
import { htmlToText } from './html-to-text.ts';
import { asObject, type JsonImporter } from './importer.ts';
import { minutesBetween } from './parse-timestamp.ts';
import { requireCreatedAt } from './required-fields.ts';

const thread = z.looseObject({
  type: z.string().nullish(),
  body: z.string().nullish(),
  createdAt: z.string().nullish(),
  createdBy: z.looseObject({ type: z.string().nullish() }).nullish(),
});

const conversation = z.looseObject({
  id: z.union([z.number(), z.string()]),
  number: z.union([z.number(), z.string()]).nullish(),
  subject: z.string().nullish(),
  preview: z.string().nullish(),
  status: z.string().nullish(),
  type: z.string().nullish(),
  createdAt: z.string(),
  userUpdatedAt: z.string().nullish(),
  closedAt: z.string().nullish(),
  tags: z.array(z.union([z.string(), z.looseObject({ tag: z.string() })])).nullish(),
  primaryCustomer: z.looseObject({ id: z.union([z.number(), z.string()]).nullish(), email: z.string().nullish() }).nullish(),
  customFields: z.array(z.looseObject({ name: z.string().nullish(), value: z.unknown(), text: z.string().nullish() })).nullish(),
  _embedded: z.looseObject({ threads: z.array(thread).nullish() }).nullish(),
});

export const helpscoutJson: JsonImporter = {
  format: 'helpscout-json',
  kind: 'json',
  signature: 'id, createdAt, mailboxId and primaryCustomer',
  matches(record) {
    const r = asObject(record);
    if (!r) return false;
    return 'mailboxId' in r || 'primaryCustomer' in r || ('createdAt' in r && 'preview' in r && 'threads' in r);
  },
  map(record, { time, soft }) {
    const c = parseRecord(conversation, record);
    const created = requireCreatedAt(time, c.createdAt, 'createdAt', 'conversation');
    // The API lists threads newest first; read them oldest first.
    const embedded = c._embedded?.threads;
    const threads = [...(embedded ?? [])].sort((a, b) => Date.parse(a.createdAt ?? '') - Date.parse(b.createdAt ?? ''));
    const firstCustomer = threads.find((t) => t.type === 'customer');
    const agentReplies = threads.filter((t) => t.type === 'message' && t.createdBy?.type !== 'customer');
    const firstReply = time(agentReplies[0]?.createdAt ?? null, '_embedded.threads.createdAt');
    const custom = (name: string) => {
      const field = c.customFields?.find((f) => f.name?.toLowerCase() === name);
      return toText(field?.text ?? field?.value, 200);
    };
    return {
      id: toId(c.id, 'id'),
      created_at: created,
      updated_at: soft(() => time(c.userUpdatedAt ?? null, 'userUpdatedAt'), null),
      first_reply_at: firstReply,
      first_reply_minutes: firstReply ? minutesBetween(created, firstReply) : null,
      solved_at: c.status === 'closed' ? time(c.closedAt ?? null, 'closedAt') : null,
      status: normalizeStatus(c.status),
      priority: null,
      channel: normalizeChannel(c.type),
      subject: c.subject ?? '',
      description: htmlToText(firstCustomer?.body ?? c.preview ?? ''),
      tags: toTags((c.tags ?? []).map((t) => (typeof t === 'string' ? t : t.tag))),
      category: custom('category'),
      requester_id: toText(c.primaryCustomer?.id, 200),
      requester_email: toText(c.primaryCustomer?.email, 320),
      organization: null,
      plan: custom('plan'),
      satisfaction: null,
      reopens: null,
      // Without embedded threads the conversation does not say how many replies it had.
      replies: embedded ? agentReplies.length : null,
      article: custom('article'),
      session: custom('session'),
    };
  },
};

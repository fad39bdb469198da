/**
 * Freshdesk tickets from the API v2 (`GET /api/v2/tickets?include=stats,requester`),
 * as an array or one per line. Status, priority and source are Freshdesk's
 * numeric codes; custom fields named `cf_plan`, `cf_category`, `cf_article`
 * and `cf_session` fill those ticket fields.
 */
import { z } from 'zod';
import { parseRecord } from './describe-issues.ts';
import { normalizeChannel, normalizePriority, normalizeStatus, toId, toTags, toText } from './field-values.ts';
import { asObject, type JsonImporter } from './importer.ts';
import { minutesBetween } from './parse-timestamp.ts';
import { requireCreatedAt } from './required-fields.ts';

const statuses: Record<number, string> = { 2: 'open', 3: 'pending', 4: 'resolved', 5: 'closed', 6: 'pending', 7: 'pending' };
const priorities: Record<number, string> = { 1: 'low', 2: 'normal', 3: 'high', 4: 'urgent' };
const sources: Record<number, string> = { 1: 'email', 2: 'web', 3: 'phone', 7: 'chat', 9: 'chat', 10: 'email' };

const freshdeskTicket = z.looseObject({
  id: z.union([z.number(), z.string()]),
  created_at: z.string(),
  updated_at: z.string().nullish(),
  subject: z.string().nullish(),
  description_text: z.string().nullish(),
  status: z.union([z.number(), z.string()]).nullish(),
  priority: z.union([z.number(), z.string()]).nullish(),
  source: z.union([z.number(), z.string()]).nullish(),
  type: z.string().nullish(),
  tags: z.array(z.string()).nullish(),
  requester_id: z.union([z.number(), z.string()]).nullish(),
  company_id: z.union([z.number(), z.string()]).nullish(),
  requester: z.looseObject({ email: z.string().nullish() }).nullish(),
  custom_fields: z.record(z.string(), z.unknown()).nullish(),
  stats: z
    .looseObject({
      first_responded_at: z.string().nullish(),
      resolved_at: z.string().nullish(),
      closed_at: z.string().nullish(),
      reopened_at: z.string().nullish(),
    })
    .nullish(),
});

export const freshdeskJson: JsonImporter = {
  format: 'freshdesk-json',
  kind: 'json',
  signature: 'id, created_at, description_text, fr_due_by and numeric status',
  matches(record) {
    const r = asObject(record);
    if (!r) return false;
    return 'description_text' in r || 'fr_due_by' in r || ('stats' in r && typeof r.status === 'number' && 'requester_id' in r);
  },
  map(record, { time, soft }) {
    const t = parseRecord(freshdeskTicket, record);
    const created = requireCreatedAt(time, t.created_at, 'created_at');
    const firstReply = time(t.stats?.first_responded_at ?? null, 'stats.first_responded_at');
    const custom = (name: string) => toText(t.custom_fields?.[`cf_${name}`], 200);
    return {
      id: toId(t.id, 'id'),
      created_at: created,
      updated_at: soft(() => time(t.updated_at ?? null, 'updated_at'), null),
      first_reply_at: firstReply,
      first_reply_minutes: firstReply ? minutesBetween(created, firstReply) : null,
      solved_at: time(t.stats?.resolved_at ?? t.stats?.closed_at ?? null, 'stats.resolved_at'),
      // Freshdesk lets admins add statuses (codes 8 and up): they are all still unresolved.
      status: normalizeStatus(code(t.status, statuses, 'open')),
      priority: soft(() => normalizePriority(code(t.priority, priorities, null)), null),
      channel: normalizeChannel(code(t.source, sources, null)),
      subject: t.subject ?? '',
      description: t.description_text ?? '',
      tags: toTags(t.tags ?? []),
      category: custom('category') ?? toText(t.type, 100),
      requester_id: toText(t.requester_id, 200),
      requester_email: toText(t.requester?.email, 320),
      organization: toText(t.company_id, 200),
      plan: custom('plan'),
      satisfaction: null,
      reopens: t.stats ? (t.stats.reopened_at ? 1 : 0) : null,
      // No first response yet means no agent reply; after one, the API does not count them.
      replies: t.stats && !t.stats.first_responded_at ? 0 : null,
      article: custom('article'),
      session: custom('session'),
    };
  },
};

function code(value: string | number | null | undefined, names: Record<number, string>, unknown: string | null): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  return names[value] ?? unknown;
}

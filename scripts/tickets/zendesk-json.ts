/**
 * Zendesk tickets as JSON: the full JSON export (one ticket per line) or an
 * API response (`{"tickets": [...]}`, incremental export with
 * `include=metric_sets`). Reply, resolution and wait times (calendar and
 * business minutes, as Zendesk computed them), reopens, replies and the
 * solve time come from the ticket's `metric_set`; without one, replies and
 * reopens are unknown.
 */
import { z } from 'zod';
import { parseRecord } from './describe-issues.ts';
import { normalizeChannel, normalizePriority, normalizeStatus, readSatisfaction, toCount, toId, toTags, toText } from './field-values.ts';
import { asObject, type JsonImporter } from './importer.ts';
import { addMinutes } from './parse-timestamp.ts';
import { requireCreatedAt } from './required-fields.ts';

const minutes = z.union([z.number(), z.strictObject({ calendar: z.number().nullable(), business: z.number().nullable() }).partial()]).nullish();

const zendeskTicket = z.looseObject({
  id: z.union([z.number(), z.string()]),
  created_at: z.string(),
  updated_at: z.string().nullish(),
  subject: z.string().nullish(),
  raw_subject: z.string().nullish(),
  description: z.string().nullish(),
  status: z.string().nullish(),
  priority: z.string().nullish(),
  type: z.string().nullish(),
  tags: z.array(z.string()).nullish(),
  requester_id: z.union([z.number(), z.string()]).nullish(),
  organization_id: z.union([z.number(), z.string()]).nullish(),
  via: z.looseObject({ channel: z.union([z.string(), z.number()]).nullish(), source: z.unknown().optional() }).nullish(),
  satisfaction_rating: z.looseObject({ score: z.union([z.string(), z.number()]).nullish() }).nullish(),
  requester: z.looseObject({ email: z.string().nullish() }).nullish(),
  custom_fields: z.array(z.looseObject({ id: z.unknown(), value: z.unknown() })).nullish(),
  metric_set: z
    .looseObject({
      reopens: z.number().nullish(),
      replies: z.number().nullish(),
      solved_at: z.string().nullish(),
      reply_time_in_minutes: minutes,
      first_resolution_time_in_minutes: minutes,
      full_resolution_time_in_minutes: minutes,
      requester_wait_time_in_minutes: minutes,
    })
    .nullish(),
});

export const zendeskJson: JsonImporter = {
  format: 'zendesk-json',
  kind: 'json',
  signature: 'id, created_at, via, requester_id and metric_set',
  matches(record) {
    const r = asObject(record);
    if (!r) return false;
    return 'metric_set' in r || ('via' in r && 'requester_id' in r && ('raw_subject' in r || 'submitter_id' in r));
  },
  map(record, { time, soft }) {
    const t = parseRecord(zendeskTicket, record);
    const created = requireCreatedAt(time, t.created_at, 'created_at');
    const metrics = t.metric_set ?? undefined;
    const reply = clocks(metrics?.reply_time_in_minutes);
    const firstResolution = clocks(metrics?.first_resolution_time_in_minutes);
    const fullResolution = clocks(metrics?.full_resolution_time_in_minutes);
    const wait = clocks(metrics?.requester_wait_time_in_minutes);
    const email = t.requester?.email ?? emailFromVia(t.via?.source);
    const satisfaction = soft(() => readSatisfaction(t.satisfaction_rating?.score, 'satisfaction_rating.score'), { rating: null, offered: null });
    return {
      id: toId(t.id, 'id'),
      created_at: created,
      updated_at: soft(() => time(t.updated_at ?? null, 'updated_at'), null),
      first_reply_at: reply.calendar === null ? null : addMinutes(created, reply.calendar),
      first_reply_minutes: reply.calendar,
      first_reply_business_minutes: reply.business,
      solved_at: time(metrics?.solved_at ?? null, 'metric_set.solved_at'),
      first_resolution_minutes: firstResolution.calendar,
      first_resolution_business_minutes: firstResolution.business,
      full_resolution_minutes: fullResolution.calendar,
      full_resolution_business_minutes: fullResolution.business,
      requester_wait_minutes: wait.calendar,
      requester_wait_business_minutes: wait.business,
      status: normalizeStatus(t.status),
      priority: soft(() => normalizePriority(t.priority), null),
      channel: normalizeChannel(t.via?.channel),
      subject: t.subject ?? t.raw_subject ?? '',
      description: t.description ?? '',
      tags: toTags(t.tags ?? []),
      category: null,
      requester_id: toText(t.requester_id, 200),
      requester_email: toText(email, 320),
      organization: toText(t.organization_id, 200),
      plan: null,
      satisfaction: satisfaction.rating,
      satisfaction_offered: t.satisfaction_rating ? satisfaction.offered : null,
      reopens: metrics ? toCount(metrics.reopens, 'metric_set.reopens', null) : null,
      replies: metrics ? toCount(metrics.replies, 'metric_set.replies', null) : null,
      article: null,
      session: null,
    };
  },
};

/** Calendar and business minutes of a metric_set duration (older exports give one number: calendar). */
function clocks(value: z.infer<typeof minutes>): { calendar: number | null; business: number | null } {
  if (typeof value === 'number') return { calendar: value, business: null };
  return { calendar: value?.calendar ?? null, business: value?.business ?? null };
}

/** Email tickets carry the sender in `via.source.from.address`. */
function emailFromVia(source: unknown): string | null {
  const from = asObject(asObject(source)?.from);
  return typeof from?.address === 'string' ? from.address : null;
}

/**
 * The raw figures of one period (PLAYBOOK §3.1), computed in one pass over
 * the tickets. Which tickets count is part of each figure's definition
 * (`figure-definitions.ts`):
 *
 * - received: created in the period; total: open at the start plus received;
 *   resolved: solved or closed with a solve time in the period; backlog: not
 *   resolved at the period's end (or now, for a period still running).
 * - first response and its SLA: tickets received in the period; resolution
 *   times, FCR, one-touch, reopens and CSAT: tickets resolved in the period;
 *   the CSAT response rate: tickets received in the period.
 * - Times are the helpdesk's own durations where the export gives them
 *   (calendar and business minutes), else computed from event times.
 * - An unanswered ticket past its due time counts as an SLA breach; one not
 *   yet due is left out until it is answered or overdue. A ticket whose
 *   reply the export does not give on the target's clock (no reply data, or
 *   business minutes only against a calendar target) is unknown: never
 *   missed, counted apart.
 */
import { DateTime } from 'luxon';
import { priorityIds, type Sentiment, type PriorityId, type SupportSettings } from '../../plugins/config/support-config.ts';
import type { BusinessClock } from '../triage/business-clock.ts';
import { customerKey } from '../triage/customer-history.ts';
import {
  createdMs,
  firstReplyBusinessMinutes,
  firstReplyMs,
  firstReplyMinutes,
  firstReplyOnClock,
  replyState,
  resolutionBusinessMinutes,
  resolutionMinutes,
  resolvedMs,
  resolvedOnClock,
} from '../triage/ticket-times.ts';
import { helpdeskPriorityOf, type HelpdeskPriority } from './helpdesk-priority.ts';
import type { Ticket } from '../tickets/ticket-schema.ts';
import type { NpsResponse } from './nps-responses.ts';
import { mean, percent, percentile, sortNumbers } from './percentile.ts';
import type { ReportPeriod } from './report-period.ts';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** What triage says about a ticket, as metrics need it. */
export interface TicketTriage {
  priority: PriorityId;
  category: string;
  escalated: boolean;
  sentiment: Sentiment;
  language: string;
}

/** Self-service deflection for a period, from the analytics side. */
export interface DeflectionFigure {
  /** Share of article visits that did not go on to contact support, in percent. */
  percent: number | null;
  /** How the figure was measured, shown next to it. */
  method: string;
}

/** Met / breached / pending counts of one SLA target, and tickets the export gives no time for on its clock. */
export interface SlaCount {
  met: number;
  breached: number;
  pending: number;
  unknown: number;
}

/** Every figure key of the dashboard, in display order. */
export const figureKeys = [
  'volume.total', 'volume.received', 'volume.resolved', 'volume.backlog',
  'first_response.mean_hours', 'first_response.median_hours', 'first_response.p95_hours',
  'first_response.business_mean_hours', 'first_response.business_median_hours', 'first_response.business_p95_hours',
  'first_response.sla_percent',
  'resolution.mean_hours', 'resolution.p95_hours', 'resolution.business_mean_hours', 'resolution.business_p95_hours',
  'resolution.sla_percent', 'resolution.requester_wait_median_hours', 'resolution.requester_wait_business_median_hours',
  'quality.fcr_percent', 'quality.one_touch_percent', 'quality.two_touch_percent', 'quality.reopen_percent', 'quality.tickets_per_customer',
  'quality.csat_percent', 'quality.csat_mean', 'quality.csat_response_rate_percent', 'quality.nps', 'quality.escalation_percent', 'quality.deflection_percent',
  'backlog.oldest_open_hours', 'backlog.days_of_volume',
] as const;
export type FigureKey = (typeof figureKeys)[number];

/** A ticket singled out by a red flag. */
export interface SlowResponse {
  id: string;
  priority: PriorityId;
  hours: number;
  target_hours: number;
  answered: boolean;
  /** The wait is a lower bound: the export gives business minutes only, against a calendar target. */
  at_least: boolean;
}

/** A customer with many tickets in a short time. */
export interface RepeatCustomer {
  customer: string;
  tickets: number;
  ids: string[];
}

/** An NPS detractor to follow up. */
export interface Detractor {
  customer: string | null;
  score: number;
  responded_at: number;
  follow_up_by: number;
}

/** The figures of one period. */
export interface PeriodFigures {
  period: ReportPeriod;
  asOf: number;
  values: Record<FigureKey, number | null>;
  /** Counts behind the values, for definitions and the report. */
  counts: {
    received: number;
    resolved: number;
    answered: number;
    /** Received tickets with a business first-reply time, and how many of them the helpdesk computed. */
    answered_business: number;
    helpdesk_business_replies: number;
    /** Received tickets whose first reply the export does not give (no reply data). */
    reply_unknown: number;
    /** Resolved tickets timed by the helpdesk's full resolution minutes rather than solved − created. */
    helpdesk_resolutions: number;
    rated: number;
    /** Received tickets with a satisfaction survey sent, and how many of them were rated. */
    surveyed: number;
    surveyed_rated: number;
    /** Resolved tickets whose reply count the export gives (FCR and one-touch are over these). */
    resolved_with_replies: number;
    /** Resolved tickets solved with no agent reply (left out of FCR). */
    solved_without_reply: number;
    nps_responses: number;
    customers: number;
    escalated: number;
  };
  byPriority: Record<PriorityId, number>;
  /** Received tickets by the helpdesk's own priority, mapped to P0-P3 (`none` when it set none). */
  byHelpdeskPriority: Record<HelpdeskPriority, number>;
  byCategory: Map<string, number>;
  /** Received tickets by sentiment and by language. */
  bySentiment: Map<string, number>;
  byLanguage: Map<string, number>;
  /** Received tickets by channel (`unknown` when the export names none). */
  byChannel: Map<string, number>;
  /** Received tickets by the helpdesk's own category (`none` when it set none). */
  byHelpdeskCategory: Map<string, number>;
  sla: Record<PriorityId, { first_response: SlaCount; resolution: SlaCount }>;
  /** Received tickets per local day (index 0 = first day), for charts. */
  receivedPerDay: number[];
  slowResponses: SlowResponse[];
  repeatCustomers: RepeatCustomer[];
  detractors: Detractor[];
  /** The latest resolved tickets, newest first (for a CSAT audit). */
  latestResolved: string[];
}

/** Created, first-reply and resolved times of tickets (ms; NaN when absent), parsed once for every period. */
export interface TicketTimes {
  created: Float64Array;
  firstReply: Float64Array;
  resolved: Float64Array;
}

/** Parses the times of every ticket, in the tickets' order. */
export function ticketTimes(tickets: readonly Ticket[]): TicketTimes {
  const created = new Float64Array(tickets.length);
  const firstReply = new Float64Array(tickets.length);
  const resolved = new Float64Array(tickets.length);
  tickets.forEach((t, i) => {
    created[i] = createdMs(t);
    firstReply[i] = firstReplyMs(t) ?? Number.NaN;
    resolved[i] = resolvedMs(t) ?? Number.NaN;
  });
  return { created, firstReply, resolved };
}

/** What {@link computePeriodFigures} needs. */
export interface PeriodInput {
  tickets: readonly Ticket[];
  /** The tickets' times, when already parsed. */
  times?: TicketTimes;
  period: ReportPeriod;
  now: number;
  support: SupportSettings;
  clock: BusinessClock;
  triage: (ticket: Ticket) => TicketTriage;
  nps: readonly NpsResponse[] | null;
  deflection: DeflectionFigure | null;
}

const emptySla = (): SlaCount => ({ met: 0, breached: 0, pending: 0, unknown: 0 });

/**
 * Met ÷ (met + missed), or null when more tickets are unknown than judged:
 * the judged ones are then mostly the unanswered (an export with business
 * minutes only, against calendar targets), and their share would read as a
 * compliance it is not.
 */
export function slaShare(count: Pick<SlaCount, 'met' | 'breached' | 'unknown'>): number | null {
  const decided = count.met + count.breached;
  return count.unknown > decided ? null : percent(count.met, decided);
}

function slaOutcome(done: number | null, due: number, now: number): keyof SlaCount {
  if (done !== null) return done <= due ? 'met' : 'breached';
  return due <= now ? 'breached' : 'pending';
}

/** Computes one period's figures. */
export function computePeriodFigures(input: PeriodInput): PeriodFigures {
  const { period, support, clock, now } = input;
  const asOf = Math.min(period.to, now);
  const targets = support.sla.targets;
  const metrics = support.metrics;
  const flagSettings = support.red_flags;
  const byPriority = Object.fromEntries(priorityIds.map((p) => [p, 0])) as Record<PriorityId, number>;
  const byHelpdeskPriority = Object.fromEntries([...priorityIds, 'none'].map((p) => [p, 0])) as Record<HelpdeskPriority, number>;
  const byCategory = new Map<string, number>();
  const byChannel = new Map<string, number>();
  const byHelpdeskCategory = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const helpdeskMap = support.priorities.helpdesk_map;
  const bySentiment = new Map<string, number>();
  const byLanguage = new Map<string, number>();
  const sla = Object.fromEntries(priorityIds.map((p) => [p, { first_response: emptySla(), resolution: emptySla() }])) as PeriodFigures['sla'];
  const firstResponse: number[] = [];
  const firstResponseBusiness: number[] = [];
  const resolution: number[] = [];
  const resolutionBusiness: number[] = [];
  const requesterWait: number[] = [];
  const requesterWaitBusiness: number[] = [];
  const receivedPerDay = new Array<number>(Math.max(1, period.days)).fill(0);
  const firstDay = DateTime.fromMillis(period.from, { zone: support.time_zone });
  const dayStarts = receivedPerDay.map((_, i) => firstDay.plus({ days: i }).toMillis());
  const slowResponses: SlowResponse[] = [];
  const resolvedList: Array<{ id: string; at: number }> = [];
  const customers = new Set<string>();
  const byCustomer = new Map<string, Array<{ id: string; at: number }>>();
  let openAtStart = 0;
  let received = 0;
  let receivedWithCustomer = 0;
  let escalated = 0;
  let backlog = 0;
  let oldestOpen: number | null = null;
  let onePass = 0;
  let fcrBase = 0;
  let oneTouch = 0;
  let twoTouch = 0;
  let withReplies = 0;
  let withoutReply = 0;
  let reopened = 0;
  let withReopens = 0;
  let helpdeskResolutions = 0;
  let helpdeskBusinessReplies = 0;
  let replyUnknown = 0;
  let surveyed = 0;
  let surveyedRated = 0;
  let rated = 0;
  let satisfied = 0;
  const ratings: number[] = [];
  const escalatedTags = new Set(metrics.escalated_tags.map((t) => t.toLowerCase()));

  const times = input.times ?? ticketTimes(input.tickets);
  for (let index = 0; index < input.tickets.length; index++) {
    const created = times.created[index]!;
    if (created >= period.to) continue;
    const ticket = input.tickets[index]!;
    const solvedAt = times.resolved[index]!;
    const solved = Number.isNaN(solvedAt) ? null : solvedAt;
    const key = customerKey(ticket);
    if (key !== null) {
      let list = byCustomer.get(key);
      if (!list) byCustomer.set(key, (list = []));
      list.push({ id: ticket.id, at: created });
    }
    if (created < period.from && (solved === null || solved >= period.from)) openAtStart++;
    if (created < asOf && (solved === null || solved >= asOf)) {
      backlog++;
      const age = (asOf - created) / HOUR;
      if (oldestOpen === null || age > oldestOpen) oldestOpen = age;
    }
    if (solved !== null && solved >= period.from && solved < period.to) {
      resolution.push(resolutionMinutes(ticket, solved) / 60);
      resolutionBusiness.push(resolutionBusinessMinutes(ticket, solved, clock) / 60);
      if (ticket.full_resolution_minutes !== null) helpdeskResolutions++;
      if (ticket.requester_wait_minutes !== null) requesterWait.push(ticket.requester_wait_minutes / 60);
      if (ticket.requester_wait_business_minutes !== null) requesterWaitBusiness.push(ticket.requester_wait_business_minutes / 60);
      resolvedList.push({ id: ticket.id, at: solved });
      if (ticket.reopens !== null) {
        withReopens++;
        if (ticket.reopens > 0) reopened++;
      }
      const replies = ticket.replies;
      if (replies !== null) {
        withReplies++;
        // Zendesk's one-touch and two-touch tickets: solved after fewer than 2, or exactly 2, agent replies.
        if (replies < 2) oneTouch++;
        else if (replies === 2) twoTouch++;
        // Ours: a ticket solved without any reply was never a contact to resolve, so FCR leaves it out.
        if (replies === 0) withoutReply++;
        else if (ticket.reopens !== null) {
          fcrBase++;
          if (ticket.reopens === 0 && replies <= metrics.fcr_max_replies) onePass++;
        }
      }
      const s = ticket.satisfaction;
      if (s !== null) {
        rated++;
        if (s === 'good' || (typeof s === 'number' && s >= metrics.csat_satisfied_min)) satisfied++;
        if (typeof s === 'number') ratings.push(s);
      }
    }
    if (created < period.from) continue;

    // Received in the period.
    received++;
    let day = Math.min(receivedPerDay.length - 1, Math.floor((created - period.from) / DAY));
    // Local days are 23 or 25 hours long across a DST change.
    while (day > 0 && created < dayStarts[day]!) day--;
    while (day < receivedPerDay.length - 1 && created >= dayStarts[day + 1]!) day++;
    receivedPerDay[day]!++;
    if (key !== null) {
      receivedWithCustomer++;
      customers.add(key);
    }
    const triage = input.triage(ticket);
    byPriority[triage.priority]++;
    byHelpdeskPriority[helpdeskPriorityOf(ticket.priority, helpdeskMap)]++;
    bump(byCategory, triage.category);
    bump(byChannel, ticket.channel ?? 'unknown');
    bump(byHelpdeskCategory, ticket.category ?? 'none');
    bump(bySentiment, triage.sentiment);
    bump(byLanguage, triage.language);
    if (triage.escalated || ticket.tags.some((t) => escalatedTags.has(t.toLowerCase()))) escalated++;
    if (ticket.satisfaction_offered === true) {
      surveyed++;
      if (ticket.satisfaction !== null) surveyedRated++;
    }
    const target = targets[triage.priority];
    const business = target.clock === 'business';
    const add = (minutes: number) => (business ? clock.addMinutes(created, minutes) : created + minutes * MINUTE);
    const calendarMinutes = firstReplyMinutes(ticket);
    const businessMinutes = firstReplyBusinessMinutes(ticket, clock);
    if (calendarMinutes !== null) firstResponse.push(calendarMinutes / 60);
    if (businessMinutes !== null) {
      firstResponseBusiness.push(businessMinutes / 60);
      if (ticket.first_reply_business_minutes !== null) helpdeskBusinessReplies++;
    }
    const state = replyState(ticket);
    if (state === 'unknown') replyUnknown++;
    const reply = firstReplyOnClock(ticket, target.clock, clock);
    // Never missed for want of data: a reply the export gives no time for on this clock, or none needed (solved without one).
    const replyOutcome = reply === null && (state !== 'unanswered' || solved !== null) ? 'unknown' : slaOutcome(reply, add(target.first_response_minutes), now);
    sla[triage.priority].first_response[replyOutcome]++;
    sla[triage.priority].resolution[slaOutcome(solved === null ? null : resolvedOnClock(ticket, solved, target.clock, clock), add(target.resolution_minutes), now)]++;
    const limit = flagSettings.first_response_sla_multiple * target.first_response_minutes;
    let waited: number | null = null;
    let atLeast = false;
    if (reply !== null) waited = business ? clock.minutesBetween(created, reply) : (reply - created) / MINUTE;
    else if (state === 'unanswered' && solved === null) waited = business ? clock.minutesBetween(created, now) : (now - created) / MINUTE;
    else if (state === 'answered' && businessMinutes !== null) {
      // Business minutes only, against a calendar target: the calendar wait was at least as long.
      waited = businessMinutes;
      atLeast = true;
    }
    if (waited !== null && waited > limit) {
      slowResponses.push({ id: ticket.id, priority: triage.priority, hours: waited / 60, target_hours: target.first_response_minutes / 60, answered: state === 'answered', at_least: atLeast });
    }
  }

  const slaPercent = (which: 'first_response' | 'resolution') => {
    const total = { met: 0, breached: 0, unknown: 0 };
    for (const p of priorityIds) {
      total.met += sla[p][which].met;
      total.breached += sla[p][which].breached;
      total.unknown += sla[p][which].unknown;
    }
    return slaShare(total);
  };
  const fr = sortNumbers(firstResponse);
  const frb = sortNumbers(firstResponseBusiness);
  const rs = sortNumbers(resolution);
  const rsb = sortNumbers(resolutionBusiness);
  const rw = sortNumbers(requesterWait);
  const rwb = sortNumbers(requesterWaitBusiness);
  const p = metrics.percentile;
  const resolvedCount = resolvedList.length;
  const npsInPeriod = (input.nps ?? []).filter((r) => r.responded_at >= period.from && r.responded_at < period.to);
  const promoters = npsInPeriod.filter((r) => r.score >= metrics.nps_promoter_min).length;
  const detractorRows = npsInPeriod.filter((r) => r.score <= metrics.nps_detractor_max);
  const dailyVolume = received / Math.max(1, period.days);

  const values: Record<FigureKey, number | null> = {
    'volume.total': openAtStart + received,
    'volume.received': received,
    'volume.resolved': resolvedCount,
    'volume.backlog': backlog,
    'first_response.mean_hours': mean(fr),
    'first_response.median_hours': percentile(fr, 50),
    'first_response.p95_hours': percentile(fr, p),
    'first_response.business_mean_hours': mean(frb),
    'first_response.business_median_hours': percentile(frb, 50),
    'first_response.business_p95_hours': percentile(frb, p),
    'first_response.sla_percent': slaPercent('first_response'),
    'resolution.mean_hours': mean(rs),
    'resolution.p95_hours': percentile(rs, p),
    'resolution.business_mean_hours': mean(rsb),
    'resolution.business_p95_hours': percentile(rsb, p),
    'resolution.sla_percent': slaPercent('resolution'),
    'resolution.requester_wait_median_hours': percentile(rw, 50),
    'resolution.requester_wait_business_median_hours': percentile(rwb, 50),
    'quality.fcr_percent': percent(onePass, fcrBase),
    'quality.one_touch_percent': percent(oneTouch, withReplies),
    'quality.two_touch_percent': percent(twoTouch, withReplies),
    'quality.reopen_percent': percent(reopened, withReopens),
    'quality.tickets_per_customer': customers.size === 0 ? null : receivedWithCustomer / customers.size,
    'quality.csat_percent': percent(satisfied, rated),
    'quality.csat_mean': mean(ratings),
    'quality.csat_response_rate_percent': percent(surveyedRated, surveyed),
    'quality.nps': npsInPeriod.length === 0 ? null : percent(promoters, npsInPeriod.length)! - percent(detractorRows.length, npsInPeriod.length)!,
    'quality.escalation_percent': percent(escalated, received),
    'quality.deflection_percent': input.deflection?.percent ?? null,
    'backlog.oldest_open_hours': oldestOpen,
    'backlog.days_of_volume': received === 0 ? (backlog === 0 ? 0 : null) : backlog / dailyVolume,
  };

  return {
    period,
    asOf,
    values,
    counts: {
      received,
      resolved: resolvedCount,
      answered: fr.length,
      answered_business: frb.length,
      helpdesk_business_replies: helpdeskBusinessReplies,
      reply_unknown: replyUnknown,
      helpdesk_resolutions: helpdeskResolutions,
      rated,
      surveyed,
      surveyed_rated: surveyedRated,
      resolved_with_replies: withReplies,
      solved_without_reply: withoutReply,
      nps_responses: npsInPeriod.length,
      customers: customers.size,
      escalated,
    },
    byPriority,
    byHelpdeskPriority,
    byCategory,
    bySentiment,
    byLanguage,
    byChannel,
    byHelpdeskCategory,
    sla,
    receivedPerDay,
    slowResponses: slowResponses.sort((a, b) => b.hours - a.hours || (a.id < b.id ? -1 : 1)),
    repeatCustomers: findRepeatCustomers(byCustomer, period, flagSettings.repeat_customer),
    detractors: detractorRows
      .map((r) => ({ customer: r.customer ?? null, score: r.score, responded_at: r.responded_at, follow_up_by: r.responded_at + flagSettings.detractor_follow_up_hours * HOUR }))
      .sort((a, b) => a.responded_at - b.responded_at || a.score - b.score),
    latestResolved: resolvedList
      .sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1))
      .slice(0, flagSettings.audit_tickets)
      .map((r) => r.id),
  };
}

/** Customers with `tickets`+ tickets inside `days` days, the last of them received in the period. */
function findRepeatCustomers(
  byCustomer: Map<string, Array<{ id: string; at: number }>>,
  period: ReportPeriod,
  rule: { tickets: number; days: number },
): RepeatCustomer[] {
  const span = rule.days * DAY;
  const out: RepeatCustomer[] = [];
  for (const [customer, list] of byCustomer) {
    if (list.length < rule.tickets) continue;
    list.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
    let best: typeof list = [];
    let i = 0;
    for (let j = 0; j < list.length; j++) {
      while (list[j]!.at - list[i]!.at >= span) i++;
      const last = list[j]!.at;
      if (j - i + 1 >= rule.tickets && last >= period.from && last < period.to && j - i + 1 > best.length) best = list.slice(i, j + 1);
    }
    if (best.length > 0) out.push({ customer: customer.replace(/^(id|email|org):/, ''), tickets: best.length, ids: best.map((t) => t.id) });
  }
  return out.sort((a, b) => b.tickets - a.tickets || (a.customer < b.customer ? -1 : 1));
}

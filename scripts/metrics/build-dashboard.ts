/**
 * The weekly dashboard (PLAYBOOK §3.1-3.3): every figure for the period and
 * the one before with the change, SLA compliance per priority against its
 * target, health lights and red flags. Pure: tickets, configuration and the
 * moment "now" in, a plain object out.
 */
import { priorityIds, sentiments, type PriorityId, type SupportSettings } from '../../plugins/config/support-config.ts';
import type { CustomerDirectory } from '../churn/customer-directory.ts';
import type { Ticket } from '../tickets/ticket-schema.ts';
import { createBusinessClock } from '../triage/business-clock.ts';
import { compileSupportRules } from '../triage/compile-support-rules.ts';
import { isoUtc } from '../triage/ticket-times.ts';
import { createTriage, prepareTicket, type MetricsTriage } from '../triage/triage-tickets.ts';
import { figureInfo, type FigureInfo } from './figure-definitions.ts';
import { healthLights, type HealthLight } from './health-lights.ts';
import type { NpsResponse } from './nps-responses.ts';
import { computePeriodFigures, figureKeys, slaShare, ticketTimes, type DeflectionFigure, type FigureKey, type PeriodFigures, type SlaCount } from './period-figures.ts';
import { redFlags, type RedFlag } from './red-flags.ts';
import { previousPeriod, type ReportPeriod } from './report-period.ts';

/** A figure with last period's value and the change. */
export interface DashboardFigure extends FigureInfo {
  key: FigureKey;
  value: number | null;
  previous: number | null;
  change: number | null;
  /** Relative change in percent; null when the previous value is 0 or missing. */
  change_percent: number | null;
}

/** A count with last period's and the change. */
export interface CountRow {
  name: string;
  count: number;
  previous: number;
  change: number;
}

/** SLA compliance of one priority against its target. */
export interface SlaRow {
  priority: PriorityId;
  target_percent: number;
  first_response: SlaCount & { percent: number | null; meets_target: boolean | null };
  resolution: SlaCount & { percent: number | null; meets_target: boolean | null };
}

/** The period a dashboard covers, for output. */
export interface PeriodInfo {
  label: string;
  from: string;
  to: string;
  time_zone: string;
  as_of: string;
}

/** Everything `kb metrics` shows. */
export interface Dashboard {
  period: PeriodInfo;
  previous_period: PeriodInfo;
  figures: DashboardFigure[];
  /** New tickets by triage's priority. */
  by_priority: CountRow[];
  /** New tickets by the helpdesk's own priority, mapped by support.priorities.helpdesk_map (`none`: not set). */
  by_helpdesk_priority: CountRow[];
  by_category: CountRow[];
  /** Received tickets by sentiment (angry, frustrated, neutral, positive) and by language. */
  by_sentiment: CountRow[];
  by_language: CountRow[];
  /** New tickets by the helpdesk's own category field (`none`: not set). */
  by_helpdesk_category: CountRow[];
  /** New tickets by channel (the export's Via / source). */
  by_channel: CountRow[];
  /** Where the figures' times came from, and what was left out, in words. */
  data_notes: string[];
  sla_compliance: SlaRow[];
  health: HealthLight[];
  red_flags: RedFlag[];
  deflection_method: string | null;
  /** Raw figures of both periods, for the weekly report. */
  current: PeriodFigures;
  last: PeriodFigures;
  /** Priority, categories and escalation of every ticket received in either period, by id. */
  triage: ReadonlyMap<string, MetricsTriage>;
}

/** What {@link buildDashboard} needs. */
export interface DashboardInput {
  /** Every ticket known (older ones count for backlog and history). */
  tickets: readonly Ticket[];
  period: ReportPeriod;
  now: number;
  support: SupportSettings;
  customers?: CustomerDirectory;
  nps?: readonly NpsResponse[] | null;
  /** Deflection per period, when analytics are available. */
  deflection?: (period: ReportPeriod) => DeflectionFigure | null;
}

function change(value: number | null, previous: number | null): { change: number | null; change_percent: number | null } {
  if (value === null || previous === null) return { change: null, change_percent: null };
  return { change: value - previous, change_percent: previous === 0 ? null : ((value - previous) / Math.abs(previous)) * 100 };
}

function countRows(current: Iterable<[string, number]>, previous: Iterable<[string, number]>, order?: readonly string[]): CountRow[] {
  const prev = new Map(previous);
  const cur = new Map(current);
  const names = order ?? [...new Set([...cur.keys(), ...prev.keys()])];
  const rows = names.map((name) => {
    const count = cur.get(name) ?? 0;
    const before = prev.get(name) ?? 0;
    return { name, count, previous: before, change: count - before };
  });
  return order ? rows : rows.filter((r) => r.count > 0 || r.previous > 0).sort((a, b) => b.count - a.count || b.previous - a.previous || (a.name < b.name ? -1 : 1));
}

function periodInfo(figures: PeriodFigures, zone: string): PeriodInfo {
  return { label: figures.period.label, from: isoUtc(figures.period.from), to: isoUtc(figures.period.to), time_zone: zone, as_of: isoUtc(figures.asOf) };
}

/** Builds the dashboard for `period` and the period before it. */
export function buildDashboard(input: DashboardInput): Dashboard {
  const { support, period, now } = input;
  const zone = support.time_zone;
  const previous = previousPeriod(period, zone);
  const rules = compileSupportRules(support);
  const clock = createBusinessClock(support);

  // Triage only the tickets received in the two periods; everything else only counts for backlog and history.
  const times = ticketTimes(input.tickets);
  const inScope = input.tickets.filter((_, i) => times.created[i]! >= previous.from && times.created[i]! < period.to);
  const prepared = inScope.map((t) => prepareTicket(t, rules, input.customers));
  const triage = createTriage(prepared, support, { now, customers: input.customers, history: input.tickets });
  const results = new Map<string, MetricsTriage>();
  for (const p of prepared) results.set(p.ticket.id, triage.forMetrics(p));
  const lookup = (ticket: Ticket) => results.get(ticket.id)!;

  const figuresFor = (p: ReportPeriod) =>
    computePeriodFigures({ tickets: input.tickets, times, period: p, now, support, clock, triage: lookup, nps: input.nps ?? null, deflection: input.deflection?.(p) ?? null });
  const current = figuresFor(period);
  const last = figuresFor(previous);
  const info = figureInfo(support);

  const figures = figureKeys.map((key) => ({
    key,
    ...info[key],
    value: current.values[key],
    previous: last.values[key],
    ...change(current.values[key], last.values[key]),
  }));
  const sla_compliance = priorityIds.map((priority) => {
    const target = support.sla.targets[priority].compliance_percent;
    const row = (count: SlaCount) => {
      const share = slaShare(count);
      return { ...count, percent: share, meets_target: share === null ? null : share >= target };
    };
    return { priority, target_percent: target, first_response: row(current.sla[priority].first_response), resolution: row(current.sla[priority].resolution) };
  });

  return {
    period: periodInfo(current, zone),
    previous_period: periodInfo(last, zone),
    figures,
    by_priority: countRows(Object.entries(current.byPriority), Object.entries(last.byPriority), priorityIds),
    by_helpdesk_priority: countRows(Object.entries(current.byHelpdeskPriority), Object.entries(last.byHelpdeskPriority), [...priorityIds, 'none']),
    by_category: countRows(current.byCategory, last.byCategory),
    by_sentiment: countRows(current.bySentiment, last.bySentiment, sentiments),
    by_language: countRows(current.byLanguage, last.byLanguage),
    by_helpdesk_category: countRows(current.byHelpdeskCategory, last.byHelpdeskCategory),
    by_channel: countRows(current.byChannel, last.byChannel),
    data_notes: dataNotes(current),
    sla_compliance,
    health: healthLights(current, support),
    red_flags: redFlags(current, support),
    deflection_method: input.deflection?.(period)?.method ?? null,
    current,
    last,
    triage: results,
  };
}

/** Where the period's times came from and what was left out, for the reader of the figures. */
function dataNotes(figures: PeriodFigures): string[] {
  const c = figures.counts;
  const notes: string[] = [];
  if (c.received > 0) {
    const computed = c.answered_business - c.helpdesk_business_replies;
    notes.push(
      `First response: ${c.answered} of ${c.received} new tickets have a calendar reply time, ${c.answered_business} a business one` +
        (c.helpdesk_business_replies > 0 ? ` (${c.helpdesk_business_replies} as the helpdesk computed it${computed > 0 ? `, ${computed} counted on the configured business hours` : ''})` : '') +
        (c.reply_unknown > 0 ? `; ${c.reply_unknown} ${c.reply_unknown === 1 ? 'has' : 'have'} no reply data and count${c.reply_unknown === 1 ? 's' : ''} as unknown, never as missed` : '') +
        '.',
    );
  }
  if (c.resolved > 0) {
    notes.push(
      `Resolution: ${c.helpdesk_resolutions} of ${c.resolved} resolved tickets timed by the helpdesk's full resolution time, the rest by solve time − creation time. ` +
        `FCR and one-touch are over the ${c.resolved_with_replies} whose export counts agent replies; ${c.solved_without_reply} were solved without a reply (out of FCR, in one-touch).`,
    );
  }
  if (c.received > 0 && c.surveyed > 0) notes.push(`CSAT response rate: ${c.surveyed_rated} rated of ${c.surveyed} new tickets surveyed.`);
  const unknownSla = priorityIds.reduce((sum, p) => sum + figures.sla[p].first_response.unknown, 0);
  if (unknownSla > 0) {
    notes.push(`First response SLA: ${unknownSla} new ticket${unknownSla === 1 ? '' : 's'} left out as unknown (no reply time on the target's clock, or solved without a reply); a priority with \`clock: business\` is judged by the helpdesk's business minutes when the export has them.`);
  }
  return notes;
}

/** The dashboard as plain JSON (numbers rounded to 2 decimals; raw period data left out). */
export function dashboardJson(dashboard: Dashboard): unknown {
  const { current: _current, last: _last, triage: _triage, ...rest } = dashboard;
  return JSON.parse(JSON.stringify(rest, (_key, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 100) / 100 : value)));
}

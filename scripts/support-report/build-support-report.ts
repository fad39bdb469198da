/**
 * The weekly support report (PLAYBOOK §3.4): headlines, volume,
 * performance, patterns (emerging topics), product feedback, the knowledge
 * base (gaps, hygiene, deflection) and action items, with charts, as
 * Markdown, HTML and JSON. `kb report weekly` prints or writes it; `kb
 * weekly` passes in its own gap and hygiene results so the KB section
 * matches the rest of its report.
 */
import type { KbConfig } from '../../plugins/config/kb-config-schema.ts';
import { supportSettings } from '../../plugins/config/support-config.ts';
import type { CustomerDirectory } from '../churn/customer-directory.ts';
import type { GapAction, GapReport } from '../gaps/gap-report.ts';
import { reportStopWords } from '../gaps/report-stop-words.ts';
import type { HygieneKind, HygieneReport } from '../hygiene/hygiene-report.ts';
import { buildDashboard } from '../metrics/build-dashboard.ts';
import type { NpsResponse } from '../metrics/nps-responses.ts';
import type { DeflectionFigure } from '../metrics/period-figures.ts';
import { previousPeriod, weekPeriod, type ReportPeriod } from '../metrics/report-period.ts';
import type { Ticket } from '../tickets/ticket-schema.ts';
import { buildVoc } from '../voc/build-voc.ts';
import { buildActionItems } from './action-items.ts';
import { teamLanguages } from '../gaps/cluster-by-language.ts';
import { emergingTopics } from './emerging-topics.ts';
import { buildHeadlines } from './headlines.ts';
import { renderSupportCharts } from './support-charts.ts';
import { renderSupportHtml } from './render-support-html.ts';
import { renderSupportMarkdown } from './render-support-markdown.ts';
import type { SupportReport, SupportReportData } from './support-report.ts';

/** Weeks before the report week that emerging topics are compared with. */
const BASELINE_WEEKS = 3;

/** What {@link buildSupportReport} needs. */
export interface SupportReportInput {
  /** Every ticket known (the warehouse): older tickets count for backlog, history and emerging topics. */
  tickets: readonly Ticket[];
  /** ISO week, like `2026-W47`, in `reports.timezone`. */
  week: string;
  /** When the report is made: open tickets and unanswered SLAs are judged at this moment. */
  now: number;
  config: KbConfig;
  customers?: CustomerDirectory;
  nps?: readonly NpsResponse[] | null;
  deflection?: (period: ReportPeriod) => DeflectionFigure | null;
  /** The week's gap and hygiene reports, when the caller has them. */
  kb?: { gaps?: GapReport | null; hygiene?: HygieneReport | null };
  /** 1 for a page of its own, 2 when it sits inside another report. Default 1. */
  headingLevel?: number;
  /** Page title of the HTML. */
  title?: string;
}

/** Builds the report; charts are rendered to SVG. */
export async function buildSupportReport(input: SupportReportInput): Promise<SupportReport> {
  const { config } = input;
  const support = supportSettings(config);
  const zone = support.time_zone;
  const period = weekPeriod(input.week, zone);
  const d = buildDashboard({ tickets: input.tickets, period, now: input.now, support, customers: input.customers, nps: input.nps, deflection: input.deflection });
  const stopWords = reportStopWords(config);

  // Emerging topics compare the week with the weeks before it.
  let baselineFrom = period.from;
  let p = period;
  for (let i = 0; i < BASELINE_WEEKS; i++) {
    p = previousPeriod(p, zone);
    baselineFrom = p.from;
  }
  // Severity is read only for the week's tickets, which the dashboard has already triaged.
  const patterns = emergingTopics({
    tickets: input.tickets,
    from: period.from,
    to: period.to,
    baselineFrom,
    baselineWeeks: BASELINE_WEEKS,
    priorityOf: (t) => d.triage.get(t.id)!.priority,
    minTickets: config.reports.gaps.min_tickets,
    similarity: config.reports.gaps.cluster_similarity,
    stopWords,
    languages: teamLanguages(support),
  }).slice(0, support.voc.top_topics);

  const voc = buildVoc({ tickets: input.tickets, period, now: input.now, config, support, customers: input.customers, stopWords });
  const fig = (key: string) => d.figures.find((f) => f.key === key)!;
  const gaps = input.kb?.gaps ?? null;
  const hygiene = input.kb?.hygiene ?? null;
  const byAction: Partial<Record<GapAction, number>> = {};
  for (const t of gaps?.topics ?? []) byAction[t.action] = (byAction[t.action] ?? 0) + 1;
  const byKind: Partial<Record<HygieneKind, number>> = {};
  for (const f of hygiene?.findings ?? []) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;

  const partial: Omit<SupportReportData, 'action_items' | 'headlines'> = {
    week: period.label,
    period: { from: d.period.from, to: d.period.to, time_zone: zone },
    previous_week: d.previous_period.label,
    volume: {
      received: fig('volume.received').value ?? 0,
      received_previous: fig('volume.received').previous ?? 0,
      received_change_percent: fig('volume.received').change_percent,
      total: fig('volume.total').value ?? 0,
      resolved: fig('volume.resolved').value ?? 0,
      backlog: fig('volume.backlog').value ?? 0,
      top_categories: d.by_category.filter((c) => c.count > 0).slice(0, 3).map((c) => ({ category: c.name, tickets: c.count, previous: c.previous })),
      sentiment: d.by_sentiment.map((c) => ({ sentiment: c.name, tickets: c.count, previous: c.previous })),
      languages: d.by_language.map((c) => ({ language: c.name, tickets: c.count, previous: c.previous })),
      p0: d.by_priority.find((r) => r.name === 'P0')?.count ?? 0,
      p1: d.by_priority.find((r) => r.name === 'P1')?.count ?? 0,
      helpdesk_p0: d.by_helpdesk_priority.find((r) => r.name === 'P0')?.count ?? 0,
      helpdesk_p1: d.by_helpdesk_priority.find((r) => r.name === 'P1')?.count ?? 0,
    },
    performance: {
      first_response_mean_hours: fig('first_response.mean_hours').value,
      first_response_median_hours: fig('first_response.median_hours').value,
      first_response_sla_percent: fig('first_response.sla_percent').value,
      sla: d.sla_compliance.map((r) => ({ priority: r.priority, target_percent: r.target_percent, first_response_percent: r.first_response.percent, resolution_percent: r.resolution.percent })),
      fcr_percent: fig('quality.fcr_percent').value,
      one_touch_percent: fig('quality.one_touch_percent').value,
      csat_percent: fig('quality.csat_percent').value,
      csat_response_rate_percent: fig('quality.csat_response_rate_percent').value,
      csat_mean: fig('quality.csat_mean').value,
      lights: d.health.map((l) => ({ signal: l.signal, light: l.light, value: l.value })),
    },
    patterns,
    product_feedback: {
      feature_requests: voc.feature_requests.map((f) => ({ topic: f.topic, tickets: f.tickets, plans: f.segments.map((s) => `${s.plan} ${s.tickets}`) })),
      bugs: voc.bugs.map((b) => ({ topic: b.topic, tickets: b.tickets, severity: b.severity, escalate: b.escalate })),
    },
    knowledge_base: {
      gaps: {
        available: gaps !== null,
        by_action: byAction,
        top: (gaps?.topics ?? []).filter((t) => t.action !== 'covered').slice(0, 5).map((t) => ({ topic: t.label, tickets: t.tickets, action: t.action, article: t.article })),
      },
      hygiene: { available: hygiene !== null, findings: hygiene?.findings.length ?? 0, by_kind: byKind },
      deflection_percent: fig('quality.deflection_percent').value,
      deflection_method: d.deflection_method,
      note: gaps === null && hygiene === null ? 'Gaps and hygiene come from kb weekly (or kb gaps and kb hygiene); this report was made without them.' : null,
    },
  };
  const data: SupportReportData = { ...partial, headlines: buildHeadlines(d), action_items: buildActionItems(d, partial) };
  const charts = await renderSupportCharts(d);
  const level = input.headingLevel ?? 1;
  return {
    data,
    markdown: renderSupportMarkdown(data, d, level),
    html: renderSupportHtml(data, d, charts, { level, title: input.title ?? `Weekly support report ${period.label} — ${config.site.name}`, language: config.site.language }),
    charts,
  };
}

/**
 * Voice of the customer for a month (PLAYBOOK §3.6): top pain points with
 * ticket counts and anonymized quotes, feature requests with counts and
 * the plans asking, bugs by volume with their severity, praise, root-cause
 * shares with the action each implies, and the 10x rule (PLAYBOOK §1.4:
 * a topic with 20+ tickets a month needs in-app guidance; a bug topic with
 * 10+ goes to engineering as P1). Topics come from the same clustering as
 * the content-gap report, run once over the period's tickets.
 */
import type { KbConfig } from '../../plugins/config/kb-config-schema.ts';
import { priorityIds, type PriorityId, type SupportSettings } from '../../plugins/config/support-config.ts';
import type { CustomerDirectory } from '../churn/customer-directory.ts';
import { isNegative } from '../churn/score-churn.ts';
import { clusterByLanguage, teamLanguages } from '../gaps/cluster-by-language.ts';
import type { TopicCluster } from '../gaps/cluster-topics.ts';
import { createTicketScrubber } from '../gaps/topic-text.ts';
import type { ReportPeriod } from '../metrics/report-period.ts';
import type { Ticket } from '../tickets/ticket-schema.ts';
import { compileSupportRules } from '../triage/compile-support-rules.ts';
import { isoUtc, createdMs } from '../triage/ticket-times.ts';
import { createTriage, prepareTicket } from '../triage/triage-tickets.ts';
import { quoteTicket } from './quote-ticket.ts';
import { rootCauseOf } from './root-cause.ts';

/** A topic with its count and quotes. */
export interface VocTopic {
  /** Named in the language of its tickets; its quotes are in that language too. */
  topic: string;
  /** ISO 639-1 code of the tickets' language (topics are found per language). */
  language: string;
  terms: string[];
  tickets: number;
  ids: string[];
  quotes: string[];
}

/** Everything `kb voc` reports. */
export interface VocReport {
  period: { label: string; from: string; to: string; time_zone: string };
  tickets: number;
  pain_points: Array<VocTopic & { category: string; root_cause: string }>;
  feature_requests: Array<VocTopic & { segments: Array<{ plan: string; tickets: number }> }>;
  bugs: Array<VocTopic & { severity: PriorityId; escalate: boolean }>;
  praise: { tickets: number; quotes: string[] };
  root_causes: Array<{ cause: string; tickets: number; share_percent: number; action: string }>;
  ten_x: Array<{ topic: string; tickets: number; per_month: number; action: string }>;
}

/** What {@link buildVoc} needs. */
export interface VocInput {
  /** Tickets received in the period (others are ignored). */
  tickets: readonly Ticket[];
  period: ReportPeriod;
  now: number;
  config: KbConfig;
  support: SupportSettings;
  customers?: CustomerDirectory;
  /** Words that name no topic (product and plan names). */
  stopWords: readonly string[];
}

const mostCommon = <T extends string>(values: readonly T[]): T | undefined => {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
};

/** Builds the report. */
export function buildVoc(input: VocInput): VocReport {
  const { support, period, config } = input;
  const voc = support.voc;
  const gaps = config.reports.gaps;
  const rules = compileSupportRules(support);
  const tickets = input.tickets.filter((t) => {
    const at = createdMs(t);
    return at >= period.from && at < period.to;
  });
  const prepared = tickets.map((t) => prepareTicket(t, rules, input.customers));
  const triage = createTriage(prepared, support, { now: input.now, customers: input.customers, history: input.tickets });
  const info = new Map(prepared.map((p) => {
    const { result, facts } = triage.withFacts(p);
    return [p.ticket.id, { prepared: p, result, cause: rootCauseOf(facts, support, rules) }] as const;
  }));
  const byId = new Map(tickets.map((t) => [t.id, t]));
  const perMonth = (count: number) => (count * 30) / Math.max(1, period.days);
  // Personal data goes before clustering: names never shape or name a topic. Each language is clustered
  // on its own, with the language triage detected for each ticket.
  const scrubber = createTicketScrubber(tickets, input.stopWords);
  const team = teamLanguages(support);
  const known = new Map([...info].map(([id, x]) => [id, team.codes.includes(x.result.language) ? x.result.language : team.codes[0]!] as const));
  const cluster = (list: readonly Ticket[]): TopicCluster[] =>
    clusterByLanguage(list.map((t) => ({ id: t.id, text: scrubber.topicText(t) })), team, { stopWords: input.stopWords, similarity: gaps.cluster_similarity, minSize: 2 }, known);
  const topic = (c: TopicCluster): VocTopic => ({
    topic: c.label,
    language: c.language ?? team.codes[0] ?? 'en',
    terms: c.terms,
    tickets: c.ids.length,
    ids: c.ids,
    quotes: c.ids.slice(0, voc.quotes_per_topic).map((id) => quoteTicket(byId.get(id)!, voc.quote_max_chars, scrubber.shown)),
  });
  const isFeature = (id: string) => {
    const r = info.get(id)!.result;
    return r.category === voc.feature_category || r.secondary.includes(voc.feature_category);
  };

  // One clustering of the whole period: a subset (only feature requests, say) shares its main words
  // in every ticket, and words that common name no topic.
  const clusters = cluster(tickets);
  const part = (keep: (id: string) => boolean) =>
    clusters
      .map((c) => ({ ...c, ids: c.ids.filter(keep) }))
      .filter((c) => c.ids.length >= 2)
      .sort((a, b) => b.ids.length - a.ids.length || (a.ids[0]! < b.ids[0]! ? -1 : 1));
  const isBug = (id: string) => info.get(id)!.result.category === voc.bug_category;

  const painClusters = part((id) => !isFeature(id));
  const pain_points = painClusters.slice(0, voc.top_topics).map((c) => ({
    ...topic(c),
    category: mostCommon(c.ids.map((id) => info.get(id)!.result.category)) ?? support.ticket_categories.default,
    root_cause: mostCommon(c.ids.map((id) => info.get(id)!.cause)) ?? support.root_causes.default,
  }));

  const feature_requests = part(isFeature)
    .slice(0, voc.top_topics)
    .map((c) => {
      const plans = new Map<string, number>();
      for (const id of c.ids) {
        const plan = info.get(id)!.prepared.plan ?? 'unknown';
        plans.set(plan, (plans.get(plan) ?? 0) + 1);
      }
      return { ...topic(c), segments: [...plans].map(([plan, n]) => ({ plan, tickets: n })).sort((a, b) => b.tickets - a.tickets || (a.plan < b.plan ? -1 : 1)) };
    });

  const bugClusters = part(isBug);
  const bugs = bugClusters.slice(0, voc.top_topics).map((c) => {
    const severity = priorityIds.find((p) => c.ids.some((id) => info.get(id)!.result.priority === p)) ?? support.priorities.default;
    return { ...topic(c), severity, escalate: perMonth(c.ids.length) >= gaps.bug_escalation_per_month };
  });

  const praiseTickets = prepared.filter((p) => p.sentiment.sentiment === 'positive' && !isNegative(p.ticket, p.sentiment.sentiment));
  const causeCounts = new Map<string, number>();
  for (const { cause } of info.values()) causeCounts.set(cause, (causeCounts.get(cause) ?? 0) + 1);
  const root_causes = [...causeCounts]
    .map(([cause, n]) => ({ cause, tickets: n, share_percent: (n / tickets.length) * 100, action: support.root_causes.actions[cause] ?? '' }))
    .sort((a, b) => b.tickets - a.tickets || (a.cause < b.cause ? -1 : 1));

  const ten_x = [
    ...clusters
      .filter((c) => perMonth(c.ids.length) >= gaps.ten_x_per_month)
      .map((c) => ({ topic: c.label, tickets: c.ids.length, per_month: perMonth(c.ids.length), action: `Add in-app guidance: ${gaps.ten_x_per_month}+ tickets a month is more than an article can absorb.` })),
    ...bugClusters
      .filter((c) => perMonth(c.ids.length) >= gaps.bug_escalation_per_month)
      .map((c) => ({ topic: c.label, tickets: c.ids.length, per_month: perMonth(c.ids.length), action: `Escalate to engineering as P1: a bug with ${gaps.bug_escalation_per_month}+ tickets a month.` })),
  ];

  return {
    period: { label: period.label, from: isoUtc(period.from), to: isoUtc(period.to), time_zone: support.time_zone },
    tickets: tickets.length,
    pain_points,
    feature_requests,
    bugs,
    praise: { tickets: praiseTickets.length, quotes: praiseTickets.slice(0, voc.quotes_per_topic * 2).map((p) => quoteTicket(p.ticket, voc.quote_max_chars, scrubber.shown)) },
    root_causes,
    ten_x,
  };
}

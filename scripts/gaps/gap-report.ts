/**
 * The content-gap report: what `kb gaps` computes and every format renders.
 * `toGapJson` gives the public `--format json` shape.
 */

/** What to do about a topic (PLAYBOOK §1.4). */
export type GapAction = 'create' | 'improve' | 'discoverability' | 'covered';

/** A query that found nothing, and how often. */
export interface QueryCount {
  query: string;
  searches: number;
}

/** One ticket topic with its evidence. */
export interface GapTopic {
  /** Named in the language of its tickets. */
  label: string;
  /** ISO 639-1 code of the tickets' language (topics are found per language). */
  language: string;
  terms: string[];
  tickets: number;
  action: GapAction;
  /** Why the action, in a sentence. */
  reason: string;
  article: string | null;
  article_title: string | null;
  owner: string | null;
  /** Helpful share of the article over the hygiene window, or null without votes. */
  helpful_share: number | null;
  votes: number;
  /** Article views in the period, or null without an article. */
  views: number | null;
  zero_result_queries: QueryCount[];
  examples: string[];
  ten_x: boolean;
  /** Most tickets are bugs and there are enough a month to go to engineering as P1. */
  escalate_bug: boolean;
  ticket_ids: string[];
}

/** Zero-result searches on one topic. */
export interface ZeroResultTopic {
  label: string;
  searches: number;
  queries: QueryCount[];
  suggested_article: string | null;
  suggested_title: string | null;
}

/** The whole report. */
export interface GapReport {
  period: { from: string; to: string };
  /** Time zone the period's days are counted in (reports.timezone); UTC when absent. */
  timezone?: string;
  tickets: number;
  /** Tickets in topics below the threshold or in no topic. */
  unclustered: number;
  /** True when the warehouse holds analytics events for the period. */
  has_analytics: boolean;
  topics: GapTopic[];
  zero_result_topics: ZeroResultTopic[];
}

/** The `--format json` shape. */
export interface GapJson {
  period: { from: string; to: string };
  topics: Array<{
    label: string;
    terms: string[];
    tickets: number;
    action: GapAction;
    article: string | null;
    helpful_share: number | null;
    views: number | null;
    zero_result_queries: string[];
    examples: string[];
    ten_x: boolean;
  }>;
  zero_result_topics: Array<{ label: string; searches: number; queries: string[]; suggested_article: string | null }>;
}

/** Keeps exactly the public fields, in their documented order. */
export function toGapJson(report: GapReport): GapJson {
  return {
    period: report.period,
    topics: report.topics.map((t) => ({
      label: t.label,
      terms: t.terms,
      tickets: t.tickets,
      action: t.action,
      article: t.article,
      helpful_share: t.helpful_share === null ? null : round(t.helpful_share),
      views: t.views,
      zero_result_queries: t.zero_result_queries.map((q) => q.query),
      examples: t.examples,
      ten_x: t.ten_x,
    })),
    zero_result_topics: report.zero_result_topics.map((z) => ({
      label: z.label,
      searches: z.searches,
      queries: z.queries.map((q) => q.query),
      suggested_article: z.suggested_article,
    })),
  };
}

function round(share: number): number {
  return Math.round(share * 1000) / 1000;
}

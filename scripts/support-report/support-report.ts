/** The weekly support report (PLAYBOOK §3.4): its parts, as `buildSupportReport` returns them and `--format json` prints them. */
import type { PriorityId } from '../../plugins/config/support-config.ts';
import type { GapAction } from '../gaps/gap-report.ts';
import type { HygieneKind } from '../hygiene/hygiene-report.ts';
import type { EmergingTopic } from './emerging-topics.ts';

/** One headline. */
export interface Headline {
  kind: 'biggest-win' | 'biggest-concern' | 'key-trend';
  text: string;
}

/** One action item; `high` first. */
export interface ActionItem {
  importance: 'high' | 'medium';
  text: string;
  /** Which part of the report it comes from. */
  source: 'health' | 'red-flag' | 'sla' | 'pattern' | 'product' | 'knowledge-base';
}

/** The report's data (the JSON form). */
export interface SupportReportData {
  week: string;
  period: { from: string; to: string; time_zone: string };
  previous_week: string;
  headlines: Headline[];
  volume: {
    received: number;
    received_previous: number;
    received_change_percent: number | null;
    total: number;
    resolved: number;
    backlog: number;
    top_categories: Array<{ category: string; tickets: number; previous: number }>;
    /** New tickets by sentiment (angry, frustrated, neutral, positive), this week and last. */
    sentiment: Array<{ sentiment: string; tickets: number; previous: number }>;
    /** New tickets by language (ISO 639-1), most first. */
    languages: Array<{ language: string; tickets: number; previous: number }>;
    /** New P0 and P1 tickets by triage. */
    p0: number;
    p1: number;
    /** New tickets the helpdesk marked P0 and P1 (its priority through support.priorities.helpdesk_map). */
    helpdesk_p0: number;
    helpdesk_p1: number;
  };
  performance: {
    first_response_mean_hours: number | null;
    first_response_median_hours: number | null;
    first_response_sla_percent: number | null;
    sla: Array<{ priority: PriorityId; target_percent: number; first_response_percent: number | null; resolution_percent: number | null }>;
    fcr_percent: number | null;
    /** Zendesk's one-touch share, beside FCR. */
    one_touch_percent: number | null;
    csat_percent: number | null;
    csat_response_rate_percent: number | null;
    csat_mean: number | null;
    lights: Array<{ signal: string; light: string; value: number | null }>;
  };
  patterns: EmergingTopic[];
  product_feedback: {
    feature_requests: Array<{ topic: string; tickets: number; plans: string[] }>;
    bugs: Array<{ topic: string; tickets: number; severity: PriorityId; escalate: boolean }>;
  };
  knowledge_base: {
    gaps: { available: boolean; by_action: Partial<Record<GapAction, number>>; top: Array<{ topic: string; tickets: number; action: GapAction; article: string | null }> };
    hygiene: { available: boolean; findings: number; by_kind: Partial<Record<HygieneKind, number>> };
    deflection_percent: number | null;
    deflection_method: string | null;
    note: string | null;
  };
  action_items: ActionItem[];
}

/** What `buildSupportReport` returns: the three renderings and the charts. */
export interface SupportReport {
  data: SupportReportData;
  markdown: string;
  html: string;
  /** SVG charts by file name; the Markdown links them by these names. */
  charts: Record<string, string>;
}

/** "P0: 1 · P1: 2 by triage; the helpdesk's own priority: P0 16 · P1 30", the same in every format. */
export function priorityLine(volume: SupportReportData['volume']): string {
  return `P0: ${volume.p0} · P1: ${volume.p1} by triage; the helpdesk's own priority: P0 ${volume.helpdesk_p0} · P1 ${volume.helpdesk_p1}.`;
}

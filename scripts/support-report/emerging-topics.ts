/**
 * Emerging issues for the weekly report (PLAYBOOK §3.4 "Patterns"): the
 * tickets of the week and of the weeks before are clustered together (the
 * content-gap clustering); a topic is emerging when the week has at least
 * `min_tickets` of it and at least twice its weekly average over the weeks
 * before (or it is new). Severity is the most urgent triaged priority
 * among the week's tickets on it.
 */
import { priorityIds, type PriorityId } from '../../plugins/config/support-config.ts';
import { clusterByLanguage, englishOnly, type TeamLanguages } from '../gaps/cluster-by-language.ts';
import { createTicketScrubber } from '../gaps/topic-text.ts';
import type { Ticket } from '../tickets/ticket-schema.ts';
import { createdMs } from '../triage/ticket-times.ts';

/** One emerging topic. */
export interface EmergingTopic {
  topic: string;
  terms: string[];
  /** Tickets this week. */
  tickets: number;
  /** Average tickets a week over the weeks before. */
  weekly_before: number;
  severity: PriorityId;
  ids: string[];
}

/** What {@link emergingTopics} needs. */
export interface EmergingInput {
  tickets: readonly Ticket[];
  /** This week, [from, to). */
  from: number;
  to: number;
  /** Start of the comparison window (the weeks before). */
  baselineFrom: number;
  baselineWeeks: number;
  priorityOf: (ticket: Ticket) => PriorityId;
  minTickets: number;
  similarity: number;
  stopWords: readonly string[];
  /** The team's languages: each language's tickets form their own topics (default English only). */
  languages?: TeamLanguages;
}

/** Emerging topics, most tickets first. */
export function emergingTopics(input: EmergingInput): EmergingTopic[] {
  const inWindow = input.tickets.filter((t) => {
    const at = createdMs(t);
    return at >= input.baselineFrom && at < input.to;
  });
  const byId = new Map(inWindow.map((t) => [t.id, t]));
  const scrubber = createTicketScrubber(inWindow, input.stopWords);
  const clusters = clusterByLanguage(
    inWindow.map((t) => ({ id: t.id, text: scrubber.topicText(t) })),
    input.languages ?? englishOnly,
    { stopWords: input.stopWords, similarity: input.similarity, minSize: 2 },
  );
  const out: EmergingTopic[] = [];
  for (const c of clusters) {
    const current = c.ids.filter((id) => createdMs(byId.get(id)!) >= input.from);
    const weeklyBefore = (c.ids.length - current.length) / Math.max(1, input.baselineWeeks);
    if (current.length < input.minTickets || current.length < 2 * weeklyBefore) continue;
    const priorities = new Set(current.map((id) => input.priorityOf(byId.get(id)!)));
    out.push({
      topic: c.label,
      terms: c.terms,
      tickets: current.length,
      weekly_before: weeklyBefore,
      severity: priorityIds.find((p) => priorities.has(p)) ?? 'P3',
      ids: current,
    });
  }
  return out.sort((a, b) => b.tickets - a.tickets || a.weekly_before - b.weekly_before || (a.topic < b.topic ? -1 : 1));
}

/**
 * Ticket topics for the gap analysis, whatever an export holds:
 *
 * - tickets with text (subject, description) are clustered by their words
 *   (`cluster-topics.ts`), tags included, each language on its own with its
 *   own stop words and stems (`cluster-by-language.ts`);
 * - tickets without text but with a helpdesk category — an Explore report
 *   carries "Manual Tagging of Categories [list]" and no subject — form one
 *   topic per category value, named by it;
 * - tickets with neither, but with tags, are clustered by their tags.
 *
 * A word found in most of a period's tickets carries no topic for the
 * clustering (it is a product name or a greeting) — unless most tickets
 * really are about it. When that cut leaves a large share of tickets in no
 * topic, the leftovers are clustered again with the word kept, and a topic
 * named by such a word is kept: the biggest problem of the week never
 * disappears from the report.
 */
import { createTermExtractor } from '../kb-search/text-terms.ts';
import type { Ticket } from '../tickets/ticket-schema.ts';
import { clusterByLanguage, englishOnly, languagesOf, type TeamLanguages } from './cluster-by-language.ts';
import { clusterTexts, type TopicCluster } from './cluster-topics.ts';
import { ticketText } from './ticket-text.ts';

/** Options of {@link clusterTicketTopics}. */
export interface TicketTopicOptions {
  stopWords: readonly string[];
  similarity: number;
  /** Tickets a topic needs to be reported. */
  minTickets: number;
  /** The text a ticket is clustered by (default: its subject, description and tags). */
  textOf?: (ticket: Ticket) => string;
  /** The team's languages: tickets with text are clustered per language (default English only). */
  languages?: TeamLanguages;
}

/** Share of a period's tickets above which a word is cut from clustering (cluster-topics' default). */
const COMMON_SHARE = 0.5;
/** Share of text tickets left in no topic from which the leftovers are looked at again. */
const LEFTOVER_SHARE = 0.3;
/** Texts read to find the words most tickets share. */
const SAMPLE = 5000;

/** Topics of `tickets`, largest first, each with at least `minTickets` tickets. */
export function clusterTicketTopics(tickets: readonly Ticket[], options: TicketTopicOptions): TopicCluster[] {
  const { stopWords, similarity, minTickets } = options;
  const textOf = options.textOf ?? ticketText;
  const withText: Ticket[] = [];
  // Keyed in lowercase, named as first written: "Claims" and "claims" are one topic.
  const byCategory = new Map<string, { label: string; ids: string[] }>();
  const tagsOnly: Ticket[] = [];
  for (const ticket of tickets) {
    if (ticket.subject.trim() !== '' || ticket.description.trim() !== '') withText.push(ticket);
    else if (ticket.category !== null && ticket.category.trim() !== '') {
      const label = ticket.category.trim();
      const group = byCategory.get(label.toLowerCase());
      if (group) group.ids.push(ticket.id);
      else byCategory.set(label.toLowerCase(), { label, ids: [ticket.id] });
    } else if (ticket.tags.length > 0) tagsOnly.push(ticket);
  }

  const topics: TopicCluster[] = [];
  if (withText.length > 0) {
    const team = options.languages ?? englishOnly;
    const items = withText.map((t) => ({ id: t.id, text: textOf(t) }));
    const language = languagesOf(items, team);
    const clusters = clusterByLanguage(items, team, { stopWords, similarity, minSize: 2 }, language).filter((c) => c.ids.length >= minTickets);
    // The majority rule works within each language, with that language's words.
    for (const code of team.codes) {
      const own = withText.filter((t) => language.get(t.id) === code);
      if (own.length === 0) continue;
      const ownStops = [...stopWords, ...(team.stopWords[code] ?? [])];
      const majority = majorityTopics(own, clusters.filter((c) => c.language === code), { ...options, stopWords: ownStops, textOf }, code);
      clusters.push(...majority.map((c) => ({ ...c, language: code })));
    }
    topics.push(...clusters);
  }
  for (const { label, ids } of byCategory.values()) {
    if (ids.length >= minTickets) topics.push({ label, terms: [label], ids });
  }
  if (tagsOnly.length > 0) {
    // Tags are few and chosen: one shared by most tickets is a topic, not noise.
    const clusters = clusterTexts(tagsOnly.map((t) => ({ id: t.id, text: textOf(t) })), { stopWords, similarity, minSize: 2, maxDocumentShare: 1 });
    topics.push(...clusters.filter((c) => c.ids.length >= minTickets));
  }
  const first = new Map(tickets.map((t, i) => [t.id, i] as const));
  return topics.sort((a, b) => b.ids.length - a.ids.length || first.get(a.ids[0]!)! - first.get(b.ids[0]!)!);
}

/** Topics among the tickets the clustering left out, named by a word most tickets share. */
function majorityTopics(tickets: readonly Ticket[], clusters: readonly TopicCluster[], options: TicketTopicOptions & { textOf: (ticket: Ticket) => string }, language = 'en'): TopicCluster[] {
  const clustered = new Set(clusters.flatMap((c) => c.ids));
  const left = tickets.filter((t) => !clustered.has(t.id));
  if (left.length < options.minTickets || left.length <= LEFTOVER_SHARE * tickets.length) return [];
  const extract = createTermExtractor({ stopWords: options.stopWords, language });
  const step = Math.max(1, tickets.length / SAMPLE);
  const df = new Map<string, number>();
  let sampled = 0;
  for (let i = 0; i < tickets.length; i += step) {
    sampled++;
    for (const stem of new Set(extract(options.textOf(tickets[Math.floor(i)]!)).map((t) => t.stem))) df.set(stem, (df.get(stem) ?? 0) + 1);
  }
  const common = new Set([...df].filter(([, n]) => n > COMMON_SHARE * sampled).map(([stem]) => stem));
  if (common.size === 0) return [];
  const again = clusterTexts(left.map((t) => ({ id: t.id, text: options.textOf(t) })), { stopWords: options.stopWords, similarity: options.similarity, minSize: 2, maxDocumentShare: 1, language });
  return again.filter((c) => c.ids.length >= options.minTickets && c.terms.some((term) => extract(term).some((t) => common.has(t.stem))));
}

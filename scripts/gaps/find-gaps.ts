/**
 * The content-gap analysis (PLAYBOOK §1.4), pure: tickets of a period are
 * clustered into topics, each topic is matched to an article, joined with
 * the article's views and helpful share, linked to zero-result searches and
 * classified. Zero-result searches are clustered the same way.
 */
import type { ReportsConfig } from '../../plugins/config/reports-config.ts';
import type { ArticleSearch } from '../kb-search/article-search.ts';
import { createTermExtractor } from '../kb-search/text-terms.ts';
import type { Ticket } from '../tickets/ticket-schema.ts';
import { helpfulShare, type ArticleVotes } from '../warehouse/count-article-votes.ts';
import type { ZeroResultSearch } from '../warehouse/list-zero-result-searches.ts';
import { classifyTopic } from './classify-topic.ts';
import { clusterTexts } from './cluster-topics.ts';
import { isBugTicket } from './is-bug-ticket.ts';
import type { GapReport, GapTopic, QueryCount, ZeroResultTopic } from './gap-report.ts';
import { createArticleMatcher } from './match-article.ts';
import { matchQueriesToTopics, stemShares, type TopicWords } from './match-zero-results.ts';
import { ticketTitle } from './ticket-text.ts';
import { englishOnly, type TeamLanguages } from './cluster-by-language.ts';
import { clusterTicketTopics } from './ticket-topics.ts';
import { createTicketScrubber, type TicketScrubber } from './topic-text.ts';

/** Tickets of a topic read to learn which words it uses. */
const WORD_SAMPLE = 400;

/** Everything the analysis needs; the CLI collects it from the warehouse and the KB. */
export interface GapInputs {
  period: { from: Date; to: Date; days: number };
  tickets: readonly Ticket[];
  search: ArticleSearch;
  /** Article views in the period. */
  views: ReadonlyMap<string, number>;
  /** Votes per article over the helpful-share window. */
  votes: ReadonlyMap<string, ArticleVotes>;
  /** Zero-result queries in the period. */
  zeroResults: readonly ZeroResultSearch[];
  hasAnalytics: boolean;
  config: ReportsConfig;
  /** Words that name no topic (product and plan names, configured stop words). */
  stopWords: readonly string[];
  /** The team's languages (`support.languages`): tickets are clustered per language. Default English only. */
  languages?: TeamLanguages;
}

/** Runs the analysis. */
export function findGaps(inputs: GapInputs): GapReport {
  const { config, tickets, stopWords } = inputs;
  const gaps = config.gaps;
  const monthly = (count: number) => (count * 30) / Math.max(inputs.period.days, 1e-9);
  const matcher = createArticleMatcher(inputs.search, { minCoverage: gaps.match_min_coverage, stopWords });
  const team = inputs.languages ?? englishOnly;
  // A topic's words are read in its own language, with that language's stop words.
  const extractors = new Map<string, ReturnType<typeof createTermExtractor>>();
  const extractIn = (language: string | undefined) => {
    const code = language ?? 'en';
    let e = extractors.get(code);
    if (!e) extractors.set(code, (e = createTermExtractor({ stopWords: [...stopWords, ...(team.stopWords[code] ?? [])], language: code })));
    return e;
  };

  // 1. Ticket topics, on text with personal data removed first: by their words, else by the helpdesk's category or tags.
  const byId = new Map(tickets.map((t) => [t.id, t]));
  const scrubber = createTicketScrubber(tickets, stopWords);
  const clusters = clusterTicketTopics(tickets, { stopWords, similarity: gaps.cluster_similarity, minTickets: gaps.min_tickets, textOf: scrubber.topicText, languages: team });

  const words: TopicWords[] = clusters.map((cluster) => {
    // Shares of words are proportions: an even sample of a big topic gives the same ones.
    const step = Math.max(1, cluster.ids.length / WORD_SAMPLE);
    const texts: string[] = [];
    for (let i = 0; i < cluster.ids.length; i += step) texts.push(scrubber.topicText(byId.get(cluster.ids[Math.floor(i)]!)!));
    return {
      stemShare: stemShares(texts, [...stopWords, ...(team.stopWords[cluster.language ?? 'en'] ?? [])], cluster.language),
      keyStems: new Set(cluster.terms.flatMap((term) => extractIn(cluster.language)(term).map((t) => t.stem))),
    };
  });

  // 2. Zero-result queries that belong to a ticket topic.
  const queryTopics = matchQueriesToTopics(inputs.zeroResults, words, stopWords);
  const queriesOf = clusters.map(() => [] as QueryCount[]);
  inputs.zeroResults.forEach((q, i) => {
    const topic = queryTopics[i]!;
    if (topic >= 0) queriesOf[topic]!.push({ query: q.query, searches: q.searches });
  });

  // 3. Match, join, classify.
  const unsorted: GapTopic[] = clusters.map((cluster, index) => {
    const members = cluster.ids.map((id) => byId.get(id)!);
    const match = matcher.match(cluster.terms, members.map((t) => ({ title: ticketTitle(t), article: t.article })));
    const slug = match?.article.slug ?? null;
    const votes = slug ? inputs.votes.get(slug) : undefined;
    const share = helpfulShare(votes);
    const voteCount = votes ? votes.up + votes.down : 0;
    const views = slug ? (inputs.views.get(slug) ?? 0) : null;
    const zero = queriesOf[index]!;
    const { action, reason } = classifyTopic(
      {
        tickets: members.length,
        hasArticle: match !== null,
        helpfulShare: share,
        votes: voteCount,
        views: views ?? 0,
        zeroResultSearches: zero.reduce((sum, q) => sum + q.searches, 0),
        hasAnalytics: inputs.hasAnalytics,
      },
      config,
    );
    const bugs = members.filter((t) => isBugTicket(t, gaps.bug_labels)).length;
    return {
      label: cluster.label,
      language: cluster.language ?? team.codes[0] ?? 'en',
      terms: cluster.terms,
      tickets: members.length,
      action,
      reason,
      article: slug,
      article_title: match?.article.title ?? null,
      owner: match?.article.owner ?? null,
      helpful_share: share,
      votes: voteCount,
      views,
      zero_result_queries: zero.slice(0, 10),
      examples: examplesOf(members, words[index]!, gaps.examples, extractIn(cluster.language), scrubber),
      ten_x: monthly(members.length) >= gaps.ten_x_per_month,
      escalate_bug: bugs * 2 > members.length && monthly(bugs) >= gaps.bug_escalation_per_month,
      ticket_ids: cluster.ids,
    };
  });
  const topics = [...unsorted].sort((a, b) => b.tickets - a.tickets || compare(a.label, b.label));

  // 4. Zero-result topics: what customers look for and do not find.
  const zeroTopics = zeroResultTopics(inputs, unsorted.map((topic, i) => ({ topic, words: words[i]! })), matcher);

  const clustered = topics.reduce((sum, t) => sum + t.tickets, 0);
  return {
    period: { from: inputs.period.from.toISOString(), to: inputs.period.to.toISOString() },
    timezone: config.timezone,
    tickets: tickets.length,
    unclustered: tickets.length - clustered,
    has_analytics: inputs.hasAnalytics,
    topics,
    zero_result_topics: zeroTopics,
  };
}

/** The most typical subjects of a topic (most key words), personal data removed, no repeats. */
function examplesOf(members: readonly Ticket[], words: TopicWords, count: number, extract: ReturnType<typeof createTermExtractor>, scrubber: TicketScrubber): string[] {
  if (count === 0) return [];
  const scored = members.map((ticket, position) => {
    const stems = new Set(extract(ticketTitle(ticket)).map((t) => t.stem));
    let score = 0;
    for (const stem of stems) if (words.keyStems.has(stem)) score += 1;
    return { ticket, score, position };
  });
  scored.sort((a, b) => b.score - a.score || a.position - b.position);
  const examples: string[] = [];
  const seen = new Set<string>();
  for (const { ticket } of scored) {
    const title = ticketTitle(ticket);
    if (!title) continue;
    const clean = scrubber.shown(title);
    // "Forgot password" and "Forgot password - [name]" are the same example.
    const key = clean.toLowerCase().replace(/\[[a-z]+\]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (seen.has(key)) continue;
    seen.add(key);
    examples.push(clean);
    if (examples.length === count) break;
  }
  return examples;
}

function zeroResultTopics(
  inputs: GapInputs,
  linked: ReadonlyArray<{ topic: GapTopic; words: TopicWords }>,
  matcher: ReturnType<typeof createArticleMatcher>,
): ZeroResultTopic[] {
  const { stopWords } = inputs;
  const min = inputs.config.gaps.min_zero_result_searches;
  const queries = inputs.zeroResults;
  const clusters = clusterTexts(
    queries.map((q, i) => ({ id: String(i), text: q.query, weight: q.searches })),
    { stopWords, similarity: inputs.config.gaps.cluster_similarity, minSize: min },
  );
  // Queries of ticket topics point at the topic's article: the article that probably answers them.
  const topicOfQuery = matchQueriesToTopics(queries, linked.map((l) => l.words), stopWords);
  const result: ZeroResultTopic[] = clusters.map((cluster) => {
    const members = cluster.ids.map((id) => Number(id));
    const counts: QueryCount[] = members
      .map((i) => ({ query: queries[i]!.query, searches: queries[i]!.searches }))
      .sort((a, b) => b.searches - a.searches || compare(a.query, b.query));
    const votes = new Map<number, number>();
    for (const i of members) {
      const t = topicOfQuery[i]!;
      if (t >= 0) votes.set(t, (votes.get(t) ?? 0) + queries[i]!.searches);
    }
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    let suggested: { slug: string; title: string } | null = null;
    const linkedTopic = best ? linked[best[0]]!.topic : undefined;
    if (linkedTopic?.article) suggested = { slug: linkedTopic.article, title: linkedTopic.article_title ?? linkedTopic.article };
    else {
      const match = matcher.match(cluster.terms);
      if (match) suggested = { slug: match.article.slug, title: match.article.title };
    }
    return {
      label: cluster.label,
      searches: counts.reduce((sum, q) => sum + q.searches, 0),
      queries: counts.slice(0, 10),
      suggested_article: suggested?.slug ?? null,
      suggested_title: suggested?.title ?? null,
    };
  });
  return result.sort((a, b) => b.searches - a.searches || compare(a.label, b.label));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * What the KB owner's dashboard shows for this week and last
 * (`GET /api/admin/overview`): views, searches and their click-through,
 * the top searches, the searches that found nothing — each with what to
 * do about it (add a synonym when customers went on to open an article,
 * the way `kb synonyms` suggests, or create an article) — the articles
 * voted unhelpful with their reasons and comments, and deflection. Counts
 * come from the same queries as the read API (`/api/stats/*`).
 */
import type { SessionOutcomeCounts } from '../db/count-session-outcomes.ts';
import type { QueryCounts } from '../db/list-search-stats.ts';
import type { TimeRange } from '../db/time-range.ts';
import { DEFLECTION_TARGET, share } from '../routes/stats.ts';
import type { AnalyticsStore } from '../store/analytics-store.ts';
import { FOLLOW_UP_MINUTES, suggestSynonyms } from '../../scripts/synonyms/suggest-synonyms.ts';
import { dashboardWeeks, dayIn, type DashboardWeek } from './dashboard-weeks.ts';
import type { IndexedArticle } from './kb-article-index.ts';

/** Rows per list. */
const LIST_SIZE = 10;
/** Comments shown per unhelpful article. */
const COMMENTS = 5;

export interface OverviewContext {
  /** The analytics store, on either engine. */
  store: AnalyticsStore;
  now: number;
  /** `reports.timezone`. */
  zone: string;
  articles: ReadonlyMap<string, IndexedArticle>;
  /** `search.synonyms`. */
  synonyms: ReadonlyArray<readonly string[]>;
  language: string;
  /** The site address of an article. */
  articleUrl(slug: string): string;
}

export interface WeekTotals {
  views: number;
  searches: number;
  zero_result_searches: number;
  zero_result_rate: number | null;
  click_through_rate: number | null;
  votes_up: number;
  votes_down: number;
  helpful_share: number | null;
  sessions: number;
  deflection_rate: number | null;
  contacted: number;
}

/** What to do about a search that found nothing. */
export type ZeroResultHint =
  | { action: 'add-synonym'; phrase: string; group: string[]; joins?: number; article: string; title: string; sessions: number }
  | { action: 'create-article' };

async function weekTotals(store: AnalyticsStore, range: TimeRange): Promise<{ totals: WeekTotals; searches: QueryCounts[]; outcomes: SessionOutcomeCounts }> {
  const [articles, searches, outcomes] = await Promise.all([store.listArticleStats(range), store.listSearchStats(range), store.countSessionOutcomes(range)]);
  const sum = <T,>(rows: readonly T[], pick: (row: T) => number) => rows.reduce((n, row) => n + pick(row), 0);
  const views = sum(articles, (a) => a.views);
  const up = sum(articles, (a) => a.votes_up);
  const down = sum(articles, (a) => a.votes_down);
  const searched = sum(searches, (s) => s.searches);
  const zero = sum(searches, (s) => s.zero_result_searches);
  const sessions = outcomes.self_served + outcomes.deflected_at_contact + outcomes.abandoned_contact + outcomes.contacted;
  return {
    searches,
    outcomes,
    totals: {
      views,
      searches: searched,
      zero_result_searches: zero,
      zero_result_rate: share(zero, searched),
      click_through_rate: share(sum(searches, (s) => s.clicked_sessions), sum(searches, (s) => s.sessions)),
      votes_up: up,
      votes_down: down,
      helpful_share: share(up, up + down),
      sessions,
      deflection_rate: share(outcomes.self_served + outcomes.deflected_at_contact, sessions),
      contacted: outcomes.contacted,
    },
  };
}

function describeWeek(week: DashboardWeek) {
  return { name: week.name, from: new Date(week.from).toISOString(), to: new Date(week.to).toISOString() };
}

/** The overview; `has_data` is false when neither week has an event. */
export async function dashboardOverview(context: OverviewContext) {
  const { store, zone } = context;
  const { current, previous } = dashboardWeeks(context.now, zone);
  const now = await weekTotals(store, current);
  const before = await weekTotals(store, previous);
  // This week is under way: it compares fairly with last week up to the same hour, not with all of it.
  const beforeSoFar = (await weekTotals(store, { from: previous.from, to: previous.from + (current.to - current.from) })).totals;
  const titleOf = (slug: string) => context.articles.get(slug)?.title ?? slug;

  const perDay = new Map<string, { views: number; searches: number; zero_result_searches: number }>();
  for (const hour of await store.countEventsByHour({ from: previous.from, to: current.to })) {
    const day = dayIn(hour.hour, zone);
    const entry = perDay.get(day) ?? { views: 0, searches: 0, zero_result_searches: 0 };
    entry.views += hour.views;
    entry.searches += hour.searches;
    entry.zero_result_searches += hour.zero_result_searches;
    perDay.set(day, entry);
  }
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const byDay = weekday.map((name, i) => ({
    day: name,
    this_week: current.days[i] !== undefined && current.days[i] <= dayIn(context.now, zone) ? (perDay.get(current.days[i] as string) ?? { views: 0, searches: 0, zero_result_searches: 0 }) : null,
    last_week: perDay.get(previous.days[i] as string) ?? { views: 0, searches: 0, zero_result_searches: 0 },
  }));

  // Lists cover both weeks, this week's counts first: early in a week, last week still says what to act on.
  const lastWeekSearches = new Map(before.searches.map((s) => [s.query, s]));
  const thisWeekSearches = new Map(now.searches.map((s) => [s.query, s]));
  const queries = [...new Set([...thisWeekSearches.keys(), ...lastWeekSearches.keys()])];
  const countOf = (map: ReadonlyMap<string, QueryCounts>, query: string, pick: (s: QueryCounts) => number) => {
    const row = map.get(query);
    return row ? pick(row) : 0;
  };
  const ranked = (pick: (s: QueryCounts) => number) =>
    queries
      .map((query) => ({ query, now: countOf(thisWeekSearches, query, pick), before: countOf(lastWeekSearches, query, pick) }))
      .filter((q) => q.now + q.before > 0)
      .sort((a, b) => b.now - a.now || b.before - a.before || (a.query < b.query ? -1 : 1))
      .slice(0, LIST_SIZE);
  const topSearches = ranked((s) => s.searches).map((q) => {
    const row = thisWeekSearches.get(q.query) ?? lastWeekSearches.get(q.query);
    return { query: q.query, this_week: q.now, last_week: q.before, click_through_rate: row ? share(row.clicked_sessions, row.sessions) : null };
  });

  const twoWeeks: TimeRange = { from: previous.from, to: current.to };
  const followUps = await store.listZeroResultFollowUps(twoWeeks, FOLLOW_UP_MINUTES * 60_000);
  const suggestions = suggestSynonyms(followUps, {
    articles: [...context.articles.values()].filter((a) => a.status !== 'draft'),
    synonyms: context.synonyms,
    language: context.language,
  });
  const hintFor = (query: string): ZeroResultHint => {
    const suggestion = suggestions.find((s) => s.query === query.toLowerCase().replace(/\s+/g, ' ').trim());
    if (!suggestion) return { action: 'create-article' };
    return { action: 'add-synonym', phrase: suggestion.phrase, group: suggestion.group, ...(suggestion.joins !== undefined ? { joins: suggestion.joins } : {}), article: suggestion.article, title: suggestion.title, sessions: suggestion.sessions };
  };
  const zeroResults = ranked((s) => s.zero_result_searches).map((q) => ({ query: q.query, this_week: q.now, last_week: q.before, hint: hintFor(q.query) }));

  const feedback = await store.listVoteFeedback(twoWeeks);
  const votesNow = new Map((await store.listArticleStats(current)).map((a) => [a.article, a]));
  const votesBefore = new Map((await store.listArticleStats(previous)).map((a) => [a.article, a]));
  const votesOf = (map: ReadonlyMap<string, { votes_up: number; votes_down: number; views: number }>, slug: string) => {
    const row = map.get(slug);
    return { views: row?.views ?? 0, votes_up: row?.votes_up ?? 0, votes_down: row?.votes_down ?? 0, helpful_share: row ? share(row.votes_up, row.votes_up + row.votes_down) : null };
  };
  const unhelpful = [...new Set([...votesNow.keys(), ...votesBefore.keys()])]
    .map((slug) => ({ slug, now: votesOf(votesNow, slug), before: votesOf(votesBefore, slug) }))
    .filter((a) => a.now.votes_down + a.before.votes_down > 0)
    .map((a) => {
      const down = a.now.votes_down + a.before.votes_down;
      const up = a.now.votes_up + a.before.votes_up;
      return { ...a, down, helpful: share(up, up + down) ?? 0 };
    })
    .sort((a, b) => b.down - a.down || a.helpful - b.helpful || (a.slug < b.slug ? -1 : 1))
    .slice(0, LIST_SIZE)
    .map((a) => {
      const votes = feedback.filter((f) => f.article === a.slug);
      const reasons: Record<string, number> = {};
      for (const vote of votes) reasons[vote.reason ?? 'none given'] = (reasons[vote.reason ?? 'none given'] ?? 0) + 1;
      return {
        article: a.slug,
        title: titleOf(a.slug),
        url: context.articleUrl(a.slug),
        owner: context.articles.get(a.slug)?.owner ?? null,
        this_week: a.now,
        last_week: a.before,
        /** Reasons given with the "No" votes of both weeks. */
        reasons,
        comments: votes
          .filter((v) => v.comment)
          .slice(0, COMMENTS)
          .map((v) => ({ text: v.comment as string, reason: v.reason, at: new Date(v.received_at).toISOString() })),
      };
    });

  const outcomeRates = (counts: SessionOutcomeCounts) => {
    const sessions = counts.self_served + counts.deflected_at_contact + counts.abandoned_contact + counts.contacted;
    return Object.fromEntries(Object.entries(counts).map(([key, count]) => [key, { count, rate: share(count, sessions) }]));
  };

  return {
    timezone: zone,
    generated_at: new Date(context.now).toISOString(),
    has_data: now.totals.views + now.totals.searches + now.totals.sessions + before.totals.views + before.totals.searches + before.totals.sessions > 0,
    this_week: { ...describeWeek(current), totals: now.totals },
    last_week: { ...describeWeek(previous), totals: before.totals, totals_so_far: beforeSoFar },
    by_day: byDay,
    top_searches: topSearches,
    zero_result_searches: zeroResults,
    unhelpful_articles: unhelpful,
    deflection: { target: DEFLECTION_TARGET, this_week: outcomeRates(now.outcomes), last_week: outcomeRates(before.outcomes) },
  };
}

export type DashboardOverview = Awaited<ReturnType<typeof dashboardOverview>>;

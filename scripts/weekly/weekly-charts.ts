/**
 * The weekly report's charts and the data behind them: topics by volume,
 * helpful share per article, and the zero-result search trend per day.
 */
import { DateTime } from 'luxon';
import type { ReportsConfig } from '../../plugins/config/reports-config.ts';
import type { GapReport } from '../gaps/gap-report.ts';
import { topicsChart } from '../gaps/render-gaps.ts';
import type { KbArticle } from '../kb-search/load-articles.ts';
import { barChart, lineChart } from '../reports/charts.ts';
import { countArticleVotes } from '../warehouse/count-article-votes.ts';
import { countSearchesByHour } from '../warehouse/count-searches-by-hour.ts';
import type { Warehouse } from '../warehouse/open-warehouse.ts';

/** Helpful share of one article over the hygiene window. */
export interface HelpfulShareRow {
  article: string;
  title: string;
  share: number;
  votes: number;
}

/** Searches of one day. */
export interface SearchDay {
  day: string;
  searches: number;
  zero_results: number;
}

/** The chart data. */
export interface WeeklyChartData {
  helpful_share: HelpfulShareRow[];
  zero_result_trend: SearchDay[];
}

const DAY_MS = 86_400_000;

/** Reads the chart data from the warehouse; the trend covers `trendWeeks` weeks ending with the report week. */
export function collectChartData(db: Warehouse, articles: readonly KbArticle[], to: Date, config: ReportsConfig, trendWeeks = 8): WeeklyChartData {
  const window = { from: to.getTime() - config.hygiene.unhelpful.window_days * DAY_MS, to };
  const titles = new Map(articles.map((a) => [a.slug, a.title]));
  const helpful = [...countArticleVotes(db, window)]
    .map(([article, v]) => ({ article, title: titles.get(article) ?? article, share: v.up / Math.max(1, v.up + v.down), votes: v.up + v.down }))
    .filter((row) => row.votes >= config.hygiene.unhelpful.min_votes && titles.has(row.article))
    .sort((a, b) => a.share - b.share || (a.article < b.article ? -1 : 1));
  const from = DateTime.fromJSDate(to, { zone: config.timezone }).minus({ weeks: trendWeeks });
  const days = new Map<string, SearchDay>();
  for (let d = from; d < DateTime.fromJSDate(to, { zone: config.timezone }); d = d.plus({ days: 1 })) {
    const day = d.toISODate()!;
    days.set(day, { day, searches: 0, zero_results: 0 });
  }
  for (const hour of countSearchesByHour(db, { from: from.toJSDate(), to })) {
    const day = DateTime.fromMillis(hour.hour, { zone: config.timezone }).toISODate()!;
    const entry = days.get(day);
    if (!entry) continue;
    entry.searches += hour.searches;
    entry.zero_results += hour.zero_results;
  }
  return { helpful_share: helpful, zero_result_trend: [...days.values()] };
}

/** The three charts as SVG. */
export async function renderWeeklyCharts(gaps: GapReport, data: WeeklyChartData, config: ReportsConfig): Promise<{ topics: string; helpful: string; zeroResults: string }> {
  const [topics, helpful, zeroResults] = await Promise.all([
    topicsChart(gaps),
    barChart(
      data.helpful_share.slice(0, 20).map((row) => ({ label: row.title, value: row.share, group: row.share < config.hygiene.unhelpful.max_helpful_share ? 'below threshold' : 'ok' })),
      { percent: true, rule: config.hygiene.unhelpful.max_helpful_share, xTitle: 'helpful share (yes / votes)', sorted: false },
    ),
    lineChart(
      data.zero_result_trend.flatMap((d) => [
        { x: d.day, y: d.zero_results, series: 'searches with no result' },
        { x: d.day, y: d.searches, series: 'all searches' },
      ]),
      { yTitle: 'searches per day' },
    ),
  ]);
  return { topics, helpful, zeroResults };
}

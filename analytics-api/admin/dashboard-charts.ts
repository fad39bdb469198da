/**
 * The dashboard's charts, drawn on the server with the reports' Vega-Lite
 * charts (`scripts/reports/charts.ts`) as SVG in the page's colour scheme:
 * the browser shows them as images, so it needs neither a chart library nor
 * the `unsafe-eval` Vega's expressions would ask of the
 * Content-Security-Policy. A chart without data is left out; its table on
 * the page says so.
 */
import { barChart, groupedBarChart, lineChart } from '../../scripts/reports/charts.ts';
import type { DashboardOverview } from './dashboard-overview.ts';
import type { WeeklyHygiene } from './weekly-reports.ts';

export type ChartTheme = 'light' | 'dark';

/** Chart name → SVG. */
export type DashboardCharts = Partial<Record<'views' | 'searches' | 'zero_results' | 'deflection' | 'hygiene', string>>;

export async function dashboardCharts(overview: DashboardOverview, hygiene: WeeklyHygiene | undefined, theme: ChartTheme): Promise<DashboardCharts> {
  const charts: DashboardCharts = {};
  const base = { theme, width: 460 };
  if (overview.has_data) {
    charts.views = await lineChart(
      overview.by_day.flatMap((d) => [
        ...(d.this_week ? [{ x: d.day, y: d.this_week.views, series: 'This week' }] : []),
        { x: d.day, y: d.last_week.views, series: 'Last week' },
      ]),
      { ...base, title: 'Article views per day', yTitle: 'Views' },
    );
  }
  const weeks = (rows: ReadonlyArray<{ query: string; this_week: number; last_week: number }>) =>
    rows.flatMap((r) => [
      { label: r.query, value: r.this_week, group: 'This week' },
      { label: r.query, value: r.last_week, group: 'Last week' },
    ]);
  if (overview.top_searches.length > 0) {
    charts.searches = await groupedBarChart(weeks(overview.top_searches), { ...base, title: 'Top searches', xTitle: 'Searches' });
  }
  if (overview.zero_result_searches.length > 0) {
    charts.zero_results = await groupedBarChart(weeks(overview.zero_result_searches), { ...base, title: 'Searches that found nothing', xTitle: 'Searches' });
  }
  const deflected = (week: DashboardOverview['deflection']['this_week']) => {
    const self = week.self_served?.rate ?? null;
    const contact = week.deflected_at_contact?.rate ?? null;
    return self === null && contact === null ? null : (self ?? 0) + (contact ?? 0);
  };
  const rates = [
    { label: 'This week', value: deflected(overview.deflection.this_week) },
    { label: 'Last week', value: deflected(overview.deflection.last_week) },
  ].filter((r): r is { label: string; value: number } => r.value !== null);
  if (rates.length > 0) {
    charts.deflection = await barChart(rates, { ...base, title: `Deflection (target ${Math.round(overview.deflection.target * 100)}%)`, percent: true, sorted: false, rule: overview.deflection.target });
  }
  if (hygiene && hygiene.owners.length > 0) {
    charts.hygiene = await barChart(
      hygiene.owners.map((o) => ({ label: o.owner, value: o.findings })),
      { ...base, title: `Hygiene findings by owner (${hygiene.week})`, xTitle: 'Findings' },
    );
  }
  return charts;
}

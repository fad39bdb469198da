/** The weekly support report's charts (SVG through the reports' vega-lite renderer). */
import { barChart, lineChart } from '../reports/charts.ts';
import type { Dashboard } from '../metrics/build-dashboard.ts';
import { weekdayLabels } from '../staffing/build-staffing.ts';

/** Chart file names, as the Markdown links them. */
export const supportChartFiles = { volume: 'support-volume.svg', categories: 'support-categories.svg', sla: 'support-sla.svg' } as const;

/** Renders the three charts. */
export async function renderSupportCharts(d: Dashboard): Promise<Record<string, string>> {
  const perDay = (days: number[], series: string) => days.map((y, i) => ({ x: weekdayLabels[i] ?? `day ${i + 1}`, y, series }));
  const volume = await lineChart([...perDay(d.current.receivedPerDay, d.period.label), ...perDay(d.last.receivedPerDay, d.previous_period.label)], {
    title: 'Tickets received per day',
    yTitle: 'Tickets',
  });
  const categories = await barChart(d.by_category.filter((c) => c.count > 0).map((c) => ({ label: c.name, value: c.count })), { title: `New tickets by category, ${d.period.label}`, xTitle: 'Tickets' });
  const sla = await barChart(
    d.sla_compliance.map((r) => ({ label: r.priority, value: (r.first_response.percent ?? 0) / 100, group: r.first_response.meets_target === false ? 'below target' : 'at or above target' })),
    { title: 'First-response SLA met, by priority', percent: true, sorted: false },
  );
  return { [supportChartFiles.volume]: volume, [supportChartFiles.categories]: categories, [supportChartFiles.sla]: sla };
}

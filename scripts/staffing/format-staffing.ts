/** The staffing forecast as a weekday × hour table (Markdown), a heatmap (SVG), an HTML page with both, or JSON. */
import { DateTime } from 'luxon';
import { markdownTable } from 'markdown-table';
import { heatmapChart } from '../reports/charts.ts';
import { escapeHtml, htmlFigure, htmlPage, htmlTable } from '../reports/html.ts';
import { fixed } from '../metrics/format-value.ts';
import { weekdayLabels, type StaffingPlan } from './build-staffing.ts';

/** The local date of a span bound in `zone`; `lastDay` for an end that is exclusive. */
function localDate(iso: string, zone: string, lastDay = false): string {
  const at = DateTime.fromISO(iso, { zone });
  return (lastDay ? at.minus({ days: 1 }) : at).toISODate() ?? iso.slice(0, 10);
}

const hours = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));

function summary(plan: StaffingPlan): string {
  const peak = plan.peak ? `Peak: ${plan.peak.weekday} ${String(plan.peak.hour).padStart(2, '0')}:00 with ${fixed(plan.peak.tickets_per_hour, 2)} tickets an hour → ${plan.peak.agents_needed} agents.` : 'No tickets in the window.';
  return (
    `Agents needed per hour = tickets per hour × ${plan.handle_minutes} min handle time / (60 × ${plan.occupancy} occupancy), ` +
    `from ${plan.tickets} tickets created in the last ${plan.window_days} whole days, averaged per weekday over the ${plan.days} days from the first of them to the last ` +
    `(${localDate(plan.from, plan.time_zone)} to ${localDate(plan.to, plan.time_zone, true)}, ${plan.time_zone}). Cells show agents rounded up. ${peak}${plan.warning ? ` Warning: ${plan.warning}` : ''}`
  );
}

function grid(plan: StaffingPlan): string[][] {
  return weekdayLabels.map((day) => [day, ...plan.cells.filter((c) => c.weekday === day).map((c) => String(c.agents_needed))]);
}

/** Markdown: a summary and the 7 × 24 table of agents needed. */
export function formatStaffingMarkdown(plan: StaffingPlan, headingLevel = 1): string {
  return `${'#'.repeat(headingLevel)} Staffing forecast\n\n${summary(plan)}\n\n${markdownTable([['', ...hours], ...grid(plan)], { align: ['l', ...hours.map(() => 'r' as const)] })}\n`;
}

/** The heatmap of unrounded agents per weekday and hour. */
export function staffingHeatmap(plan: StaffingPlan): Promise<string> {
  return heatmapChart(
    plan.cells.map((c) => ({ x: String(c.hour).padStart(2, '0'), y: c.weekday, value: Math.round(c.agents * 100) / 100 })),
    { title: 'Agents needed by weekday and hour', xOrder: hours, yOrder: weekdayLabels, xTitle: `Hour (${plan.time_zone})`, valueTitle: 'Agents' },
  );
}

/** A page with the heatmap and the table. */
export async function formatStaffingHtml(plan: StaffingPlan): Promise<string> {
  const body =
    `<h1>Staffing forecast</h1>\n<p>${escapeHtml(summary(plan))}</p>\n` +
    `${htmlFigure(await staffingHeatmap(plan), 'Agents needed per weekday and hour (darker: more).')}\n` +
    htmlTable(['', ...hours], grid(plan), hours.map((_, i) => i + 1));
  return htmlPage('Staffing forecast', body);
}

/** The weekly support report as Markdown; charts are linked SVG files beside it. */
import { markdownTable } from 'markdown-table';
import type { Dashboard } from '../metrics/build-dashboard.ts';
import { formatDashboardMarkdown } from '../metrics/format-dashboard-md.ts';
import { fixed, formatValue } from '../metrics/format-value.ts';
import { formatLocal } from '../metrics/report-period.ts';
import { mdText } from '../reports/markdown.ts';
import { supportChartFiles } from './support-charts.ts';
import { priorityLine, type SupportReportData } from './support-report.ts';

const cell = mdText;
const pct = (v: number | null) => (v === null ? '—' : `${fixed(v, 1)}%`);
const hours = (v: number | null) => formatValue(v, 'hours');
const headlineLabels = { 'biggest-win': 'Biggest win', 'biggest-concern': 'Biggest concern', 'key-trend': 'Key trend' } as const;
const lightWords: Record<string, string> = { green: '🟢', yellow: '🟡', red: '🔴', none: '⚪' };

/** Renders the report; `level` is the heading level of its title. */
export function renderSupportMarkdown(r: SupportReportData, d: Dashboard, level = 1): string {
  const h = (n: number) => '#'.repeat(level + n - 1);
  const zone = r.period.time_zone;
  const v = r.volume;
  const light = (signal: string) => lightWords[r.performance.lights.find((l) => l.signal === signal)?.light ?? 'none'] ?? '';
  const out: string[] = [`${h(1)} Weekly support report — ${r.week}`, ''];
  out.push(`${formatLocal(Date.parse(r.period.from), zone)} to ${formatLocal(Date.parse(r.period.to), zone)} (${zone}), compared with ${r.previous_week}.`, '');

  out.push(`${h(2)} Headlines`, '', ...r.headlines.map((x) => `- **${headlineLabels[x.kind]}:** ${cell(x.text)}`), '');

  out.push(`${h(2)} Volume`, '');
  const change = v.received_change_percent === null ? '' : ` (${v.received_change_percent >= 0 ? '+' : '−'}${fixed(Math.abs(v.received_change_percent), 1)}% vs ${v.received_previous} last week)`;
  out.push(`${v.received} new tickets${change}. ${v.total} in hand this week, ${v.resolved} resolved, ${v.backlog} in the backlog. ${priorityLine(v)}`, '');
  if (v.top_categories.length > 0) out.push(markdownTable([['Top categories', r.week, r.previous_week], ...v.top_categories.map((c) => [cell(c.category), String(c.tickets), String(c.previous)])]), '');
  if (v.received > 0) out.push(markdownTable([['Sentiment', r.week, r.previous_week], ...v.sentiment.map((c) => [c.sentiment, String(c.tickets), String(c.previous)])]), '');
  if (v.languages.length > 0) out.push(`Languages: ${v.languages.map((l) => `${cell(l.language)} ${l.tickets}`).join(' · ')}.`, '');
  out.push(`![Tickets received per day](${supportChartFiles.volume})`, '', `![New tickets by category](${supportChartFiles.categories})`, '');

  out.push(`${h(2)} Performance`, '');
  const p = r.performance;
  out.push(
    markdownTable([
      ['Figure', r.week, 'Light'],
      ['First response, mean', hours(p.first_response_mean_hours), light('first_response_hours')],
      ['First response, median', hours(p.first_response_median_hours), ''],
      ['First response within SLA', pct(p.first_response_sla_percent), ''],
      ['First contact resolution', pct(p.fcr_percent), light('fcr_percent')],
      ['One-touch tickets (Zendesk)', pct(p.one_touch_percent), ''],
      ['CSAT (4-5 of 5)', pct(p.csat_percent), light('csat_percent')],
      ['CSAT mean', formatValue(p.csat_mean, 'score'), ''],
      ['CSAT response rate', pct(p.csat_response_rate_percent), ''],
    ]),
    '',
  );
  out.push(markdownTable([['Priority', 'Target', 'First response within SLA', 'Resolved within SLA'], ...p.sla.map((s) => [s.priority, `${s.target_percent}%`, pct(s.first_response_percent), pct(s.resolution_percent)])]), '');
  out.push(`![First-response SLA by priority](${supportChartFiles.sla})`, '');

  out.push(`${h(2)} Patterns`, '');
  if (r.patterns.length === 0) out.push('No emerging topic: nothing grew to twice its usual weekly volume.', '');
  else out.push(markdownTable([['Emerging topic', 'Tickets', 'Weekly before', 'Severity'], ...r.patterns.map((t) => [cell(t.topic), String(t.tickets), fixed(t.weekly_before, 1), t.severity])]), '');

  out.push(`${h(2)} Product feedback`, '', `${h(3)} Top feature requests`, '');
  const f = r.product_feedback;
  out.push(f.feature_requests.length === 0 ? 'No request was made twice this week.' : markdownTable([['Request', 'Tickets', 'Plans'], ...f.feature_requests.map((x) => [cell(x.topic), String(x.tickets), cell(x.plans.join(', '))])]), '');
  out.push(`${h(3)} Top bugs by frequency`, '');
  out.push(f.bugs.length === 0 ? 'No bug was reported twice this week.' : markdownTable([['Bug', 'Tickets', 'Severity', 'Escalate'], ...f.bugs.map((b) => [cell(b.topic), String(b.tickets), b.severity, b.escalate ? 'yes, as P1' : 'no'])]), '');

  out.push(`${h(2)} Knowledge base`, '');
  const kb = r.knowledge_base;
  if (kb.gaps.available) {
    const a = kb.gaps.by_action;
    out.push(`Content gaps: ${a.create ?? 0} topics need a new article, ${a.improve ?? 0} a better one, ${a.discoverability ?? 0} a findable one.`);
    for (const g of kb.gaps.top) out.push(`- ${cell(g.topic)}: ${g.tickets} tickets → ${g.action}${g.article ? ` (${cell(g.article)})` : ''}`);
  }
  if (kb.hygiene.available) out.push(`Hygiene: ${kb.hygiene.findings} findings${Object.keys(kb.hygiene.by_kind).length > 0 ? ` (${Object.entries(kb.hygiene.by_kind).map(([k, n]) => `${k} ${n}`).join(', ')})` : ''}.`);
  out.push(`Self-service deflection: ${pct(kb.deflection_percent)}${kb.deflection_method ? ` — ${kb.deflection_method}` : ' (no analytics for the week: run kb analytics pull).'}`);
  if (kb.note) out.push('', kb.note);
  out.push('');

  out.push(`${h(2)} Action items`, '');
  if (r.action_items.length === 0) out.push('Nothing needs action this week.');
  r.action_items.forEach((item, i) => out.push(`${i + 1}. ${item.importance === 'high' ? '**High:** ' : ''}${cell(item.text)}`));
  out.push('');

  out.push(formatDashboardMarkdown(d, level + 1).replace(/^#+ Support metrics — .*$/m, `${h(2)} All figures and definitions`));
  return `${out.join('\n').trimEnd()}\n`;
}

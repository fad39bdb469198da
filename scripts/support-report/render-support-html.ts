/** The weekly support report as one self-contained HTML page (inline CSS and SVG charts, no scripts). */
import type { Dashboard } from '../metrics/build-dashboard.ts';
import { fixed, formatChange, formatValue } from '../metrics/format-value.ts';
import { formatLocal } from '../metrics/report-period.ts';
import { escapeHtml, htmlFigure, htmlPage, htmlTable } from '../reports/html.ts';
import { supportChartFiles } from './support-charts.ts';
import { priorityLine, type SupportReportData } from './support-report.ts';

const pct = (v: number | null) => (v === null ? '—' : `${fixed(v, 1)}%`);
const headlineLabels = { 'biggest-win': 'Biggest win', 'biggest-concern': 'Biggest concern', 'key-trend': 'Key trend' } as const;

/** Renders the page, or with `fragment` only its body (to embed in another report). */
export function renderSupportHtml(
  r: SupportReportData,
  d: Dashboard,
  charts: Record<string, string>,
  options: { level?: number; title: string; language?: string; fragment?: boolean },
): string {
  const level = options.level ?? 1;
  const h = (n: number, text: string) => `<h${level + n - 1}>${escapeHtml(text)}</h${level + n - 1}>`;
  const zone = r.period.time_zone;
  const parts: string[] = [h(1, `Weekly support report — ${r.week}`)];
  parts.push(`<p class="muted">${escapeHtml(`${formatLocal(Date.parse(r.period.from), zone)} to ${formatLocal(Date.parse(r.period.to), zone)} (${zone}), compared with ${r.previous_week}.`)}</p>`);
  parts.push(h(2, 'Headlines'), `<ul>${r.headlines.map((x) => `<li><strong>${headlineLabels[x.kind]}:</strong> ${escapeHtml(x.text)}</li>`).join('')}</ul>`);

  const v = r.volume;
  parts.push(h(2, 'Volume'));
  parts.push(`<p>${escapeHtml(`${v.received} new tickets (${v.received_previous} last week). ${v.total} in hand, ${v.resolved} resolved, ${v.backlog} in the backlog. ${priorityLine(v)}`)}</p>`);
  if (v.top_categories.length > 0) parts.push(htmlTable(['Top categories', r.week, r.previous_week], v.top_categories.map((c) => [c.category, c.tickets, c.previous]), [1, 2]));
  if (v.received > 0) parts.push(htmlTable(['Sentiment', r.week, r.previous_week], v.sentiment.map((c) => [c.sentiment, c.tickets, c.previous]), [1, 2]));
  if (v.languages.length > 0) parts.push(`<p>${escapeHtml(`Languages: ${v.languages.map((l) => `${l.language} ${l.tickets}`).join(' · ')}.`)}</p>`);
  parts.push(htmlFigure(charts[supportChartFiles.volume] ?? '', 'Tickets received per day, this week and last week'));
  parts.push(htmlFigure(charts[supportChartFiles.categories] ?? '', 'New tickets by category'));

  const p = r.performance;
  const light = (signal: string) => p.lights.find((l) => l.signal === signal)?.light ?? 'none';
  parts.push(h(2, 'Performance'));
  parts.push(
    htmlTable(['Figure', r.week, 'Light'], [
      ['First response, mean', formatValue(p.first_response_mean_hours, 'hours'), light('first_response_hours')],
      ['First response, median', formatValue(p.first_response_median_hours, 'hours'), ''],
      ['First response within SLA', pct(p.first_response_sla_percent), ''],
      ['First contact resolution', pct(p.fcr_percent), light('fcr_percent')],
      ['One-touch tickets (Zendesk)', pct(p.one_touch_percent), ''],
      ['CSAT (4-5 of 5)', pct(p.csat_percent), light('csat_percent')],
      ['CSAT mean', formatValue(p.csat_mean, 'score'), ''],
      ['CSAT response rate', pct(p.csat_response_rate_percent), ''],
    ], [1]),
  );
  parts.push(htmlTable(['Priority', 'Target', 'First response within SLA', 'Resolved within SLA'], p.sla.map((s) => [s.priority, `${s.target_percent}%`, pct(s.first_response_percent), pct(s.resolution_percent)]), [1, 2, 3]));
  parts.push(htmlFigure(charts[supportChartFiles.sla] ?? '', 'Share of new tickets answered within the first-response SLA, by priority'));

  parts.push(h(2, 'Patterns'));
  parts.push(r.patterns.length === 0 ? '<p>No emerging topic: nothing grew to twice its usual weekly volume.</p>' : htmlTable(['Emerging topic', 'Tickets', 'Weekly before', 'Severity'], r.patterns.map((t) => [t.topic, t.tickets, fixed(t.weekly_before, 1), t.severity]), [1, 2]));

  const f = r.product_feedback;
  parts.push(h(2, 'Product feedback'), h(3, 'Top feature requests'));
  parts.push(f.feature_requests.length === 0 ? '<p>No request was made twice this week.</p>' : htmlTable(['Request', 'Tickets', 'Plans'], f.feature_requests.map((x) => [x.topic, x.tickets, x.plans.join(', ')]), [1]));
  parts.push(h(3, 'Top bugs by frequency'));
  parts.push(f.bugs.length === 0 ? '<p>No bug was reported twice this week.</p>' : htmlTable(['Bug', 'Tickets', 'Severity', 'Escalate'], f.bugs.map((b) => [b.topic, b.tickets, b.severity, b.escalate ? 'yes, as P1' : 'no']), [1]));

  const kb = r.knowledge_base;
  parts.push(h(2, 'Knowledge base'));
  const kbLines: string[] = [];
  if (kb.gaps.available) {
    const a = kb.gaps.by_action;
    kbLines.push(`Content gaps: ${a.create ?? 0} topics need a new article, ${a.improve ?? 0} a better one, ${a.discoverability ?? 0} a findable one.`);
    kbLines.push(...kb.gaps.top.map((g) => `${g.topic}: ${g.tickets} tickets → ${g.action}${g.article ? ` (${g.article})` : ''}`));
  }
  if (kb.hygiene.available) kbLines.push(`Hygiene: ${kb.hygiene.findings} findings.`);
  kbLines.push(`Self-service deflection: ${pct(kb.deflection_percent)}${kb.deflection_method ? ` — ${kb.deflection_method}` : ' (no analytics for the week).'}`);
  if (kb.note) kbLines.push(kb.note);
  parts.push(`<ul>${kbLines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`);

  parts.push(h(2, 'Action items'));
  parts.push(r.action_items.length === 0 ? '<p>Nothing needs action this week.</p>' : `<ol>${r.action_items.map((a) => `<li>${a.importance === 'high' ? '<strong>High:</strong> ' : ''}${escapeHtml(a.text)}</li>`).join('')}</ol>`);

  parts.push(h(2, 'All figures and definitions'));
  parts.push(
    htmlTable(
      ['Figure', r.week, r.previous_week, 'Change', 'Definition'],
      d.figures.map((x) => [x.label, formatValue(x.value, x.unit), formatValue(x.previous, x.unit), formatChange(x.change, x.change_percent, x.unit), x.definition]),
      [1, 2, 3],
    ),
  );
  const body = parts.join('\n');
  return options.fragment ? body : htmlPage(options.title, body, options.language ?? 'en');
}

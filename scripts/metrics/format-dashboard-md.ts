/**
 * The dashboard as Markdown: health lights and red flags first (what needs
 * attention), then every figure with last period's value, the change and
 * its definition.
 */
import { markdownTable } from 'markdown-table';
import type { Light } from './health-lights.ts';
import type { Dashboard, DashboardFigure } from './build-dashboard.ts';
import { fixed, formatChange, formatCountChange, formatValue } from './format-value.ts';
import { formatLocal } from './report-period.ts';
import { mdText } from '../reports/markdown.ts';

const lightWords: Record<Light, string> = { green: '🟢 green', yellow: '🟡 yellow', red: '🔴 red', none: '⚪ no data' };

const groups: Array<{ prefix: string; title: string }> = [
  { prefix: 'volume.', title: 'Volume' },
  { prefix: 'first_response.', title: 'First response' },
  { prefix: 'resolution.', title: 'Resolution' },
  { prefix: 'quality.', title: 'Quality' },
  { prefix: 'backlog.', title: 'Backlog' },
];

// Our own definitions: only what would break the table. Ticket ids and customers in red flags get mdText.
const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function figureTable(figures: DashboardFigure[], current: string, previous: string): string {
  return markdownTable([
    ['Figure', current, previous, 'Change', 'Definition'],
    ...figures.map((f) => [f.label, formatValue(f.value, f.unit), formatValue(f.previous, f.unit), formatChange(f.change, f.change_percent, f.unit), escapeCell(f.definition)]),
  ]);
}

function countTable(title: string, rows: Dashboard['by_channel'], cur: string, prev: string): string {
  return markdownTable([[title, cur, prev, 'Change'], ...rows.map((r) => [r.name, String(r.count), String(r.previous), formatCountChange(r.change)])]);
}

/** Markdown for `kb metrics`; `headingLevel` 1 for a page of its own, 2 inside a report. */
export function formatDashboardMarkdown(d: Dashboard, headingLevel = 1): string {
  const h = (n: number) => '#'.repeat(headingLevel + n - 1);
  const zone = d.period.time_zone;
  const cur = d.period.label;
  const prev = d.previous_period.label;
  const out: string[] = [];
  out.push(`${h(1)} Support metrics — ${cur}`, '');
  out.push(
    `${formatLocal(Date.parse(d.period.from), zone)} to ${formatLocal(Date.parse(d.period.to), zone)} (${zone}), compared with ${prev}. ` +
      `Backlog and open-ticket figures are as of ${formatLocal(Date.parse(d.period.as_of), zone)}; response and resolution data as known when this report ran.`,
    '',
  );

  out.push(`${h(2)} Health`, '');
  out.push(markdownTable([['Signal', 'Value', 'Light', 'Bounds'], ...d.health.map((l) => [l.label, l.value === null ? '—' : `${fixed(l.value, 1)} ${l.unit}`.replace(' %', '%'), lightWords[l.light], l.rule])]), '');

  out.push(`${h(2)} Red flags`, '');
  const raised = d.red_flags.filter((f) => f.raised);
  if (raised.length === 0) out.push('None this period.', '');
  for (const flag of raised) {
    out.push(`- **${flag.flag}**: ${flag.finding}. ${flag.action}`);
    for (const item of flag.items.slice(0, 20)) out.push(`  - ${mdText(item)}`);
    if (flag.items.length > 20) out.push(`  - … and ${flag.items.length - 20} more`);
  }
  const quiet = d.red_flags.filter((f) => !f.raised);
  if (raised.length > 0) out.push('');
  if (quiet.length > 0) out.push(`Not raised: ${quiet.map((f) => `${f.flag} (${f.finding})`).join('; ')}.`, '');

  for (const group of groups) {
    const figures = d.figures.filter((f) => f.key.startsWith(group.prefix));
    out.push(`${h(2)} ${group.title}`, '', figureTable(figures, cur, prev), '');
    if (group.prefix === 'volume.') {
      out.push(`${h(3)} New tickets by priority`, '');
      out.push(markdownTable([['Priority', cur, prev, 'Change'], ...d.by_priority.map((r) => [r.name, String(r.count), String(r.previous), formatCountChange(r.change)])]), '');
      out.push(`${h(3)} New tickets by helpdesk priority`, '');
      out.push(countTable('Helpdesk priority', d.by_helpdesk_priority, cur, prev), '');
      out.push(`${h(3)} New tickets by category`, '');
      out.push(d.by_category.length === 0 ? 'No tickets.' : countTable('Category', d.by_category, cur, prev), '');
      out.push(
        'Priority and category come from `kb triage` (the rules under `support:` in kb.config.yaml); the helpdesk priority is the one agents set in the helpdesk, mapped to P0-P3 by `support.priorities.helpdesk_map` ("none": not set).',
        '',
      );
      if (d.by_helpdesk_category.some((r) => r.name !== 'none')) {
        out.push(`${h(3)} New tickets by helpdesk category`, '', countTable('Helpdesk category', d.by_helpdesk_category, cur, prev), '');
      }
      out.push(`${h(3)} New tickets by channel`, '');
      out.push(d.by_channel.length === 0 ? 'No tickets.' : countTable('Channel', d.by_channel, cur, prev), '');
    }
    if (group.prefix === 'first_response.') {
      out.push(`${h(3)} SLA compliance by priority`, '');
      const cell = (c: Dashboard['sla_compliance'][number]['first_response']) =>
        `${c.percent === null ? '—' : `${fixed(c.percent, 1)}% ${c.meets_target ? '✓' : '✗'}`} (` +
        [`${c.met} met`, `${c.breached} missed`, c.pending > 0 ? `${c.pending} pending` : '', c.unknown > 0 ? `${c.unknown} unknown` : ''].filter(Boolean).join(', ') +
        ')';
      out.push(markdownTable([['Priority', 'Target', 'First response', 'Resolution'], ...d.sla_compliance.map((r) => [r.priority, `${r.target_percent}%`, cell(r.first_response), cell(r.resolution)])]), '');
    }
    if (group.prefix === 'quality.' && d.deflection_method) out.push(`Deflection: ${d.deflection_method}`, '');
  }
  if (d.data_notes.length > 0) out.push(`${h(2)} About the data`, '', ...d.data_notes.map((n) => `- ${n}`), '');
  return `${out.join('\n').trimEnd()}\n`;
}

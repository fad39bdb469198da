/** The voice-of-customer report as Markdown. */
import { markdownTable } from 'markdown-table';
import { fixed } from '../metrics/format-value.ts';
import { mdText } from '../reports/markdown.ts';
import type { VocReport } from './build-voc.ts';

const cell = mdText;
const quotes = (list: readonly string[]) => (list.length === 0 ? '—' : list.map((q) => `“${cell(q)}”`).join('<br>'));

/** Markdown; `headingLevel` 1 for a page of its own, 2 inside a report. */
export function formatVocMarkdown(r: VocReport, headingLevel = 1): string {
  const h = (n: number) => '#'.repeat(headingLevel + n - 1);
  const out: string[] = [`${h(1)} Voice of the customer — ${r.period.label}`, ''];
  // Topics are found per language; with more than one, each says its own.
  const many = new Set([...r.pain_points, ...r.feature_requests, ...r.bugs].map((t) => t.language)).size > 1;
  const named = (t: { topic: string; language: string }) => (many ? `${t.topic} (${t.language})` : t.topic);
  out.push(`${r.tickets} tickets received (${r.period.time_zone}). Quotes have emails, phone numbers, links and names removed.`, '');

  out.push(`${h(2)} Top pain points`, '');
  out.push(
    r.pain_points.length === 0
      ? 'No topic had two or more tickets.'
      : markdownTable([['Topic', 'Tickets', 'Category', 'Root cause', 'Quotes'], ...r.pain_points.map((p) => [cell(named(p)), String(p.tickets), cell(p.category), cell(p.root_cause), quotes(p.quotes)])]),
    '',
  );
  out.push(`${h(2)} Feature requests`, '');
  out.push(
    r.feature_requests.length === 0
      ? 'No request was made twice.'
      : markdownTable([['Request', 'Tickets', 'Plans asking', 'Quotes'], ...r.feature_requests.map((f) => [cell(named(f)), String(f.tickets), cell(f.segments.map((s) => `${s.plan} ${s.tickets}`).join(', ')), quotes(f.quotes)])]),
    '',
  );
  out.push(`${h(2)} Bugs by volume`, '');
  out.push(
    r.bugs.length === 0
      ? 'No bug was reported twice.'
      : markdownTable([['Bug', 'Tickets', 'Severity', 'Escalate', 'Quotes'], ...r.bugs.map((b) => [cell(named(b)), String(b.tickets), b.severity, b.escalate ? 'yes, as P1' : 'no', quotes(b.quotes)])]),
    '',
  );
  out.push(`${h(2)} Praise`, '');
  out.push(`${r.praise.tickets} ticket${r.praise.tickets === 1 ? '' : 's'} with praise.`, ...r.praise.quotes.map((q) => `- “${cell(q)}”`), '');
  out.push(`${h(2)} Root causes`, '');
  out.push(
    r.root_causes.length === 0
      ? 'No tickets.'
      : markdownTable([['Root cause', 'Tickets', 'Share', 'Action'], ...r.root_causes.map((c) => [cell(c.cause), String(c.tickets), `${fixed(c.share_percent, 1)}%`, cell(c.action)])]),
    '',
  );
  out.push(`${h(2)} The 10x rule`, '');
  if (r.ten_x.length === 0) out.push('No topic reached the thresholds this period.');
  for (const t of r.ten_x) out.push(`- **${cell(t.topic)}**: ${t.tickets} tickets (${fixed(t.per_month, 0)} a month). ${cell(t.action)}`);
  return `${out.join('\n').trimEnd()}\n`;
}

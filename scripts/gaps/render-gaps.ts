/**
 * The gap report in Markdown (for a PR or chat) and HTML (with a chart of
 * topics by volume). Both list topics in ticket-volume order with their
 * evidence, then the zero-result search topics.
 */
import { DateTime } from 'luxon';
import { barChart } from '../reports/charts.ts';
import { escapeHtml, htmlFigure, htmlTable, raw } from '../reports/html.ts';
import { mdNumber, mdPercent, mdTable, mdText } from '../reports/markdown.ts';
import type { GapAction, GapReport, GapTopic } from './gap-report.ts';

const actionWords: Record<GapAction, string> = {
  create: 'create an article',
  improve: 'improve the article',
  discoverability: 'make it easier to find',
  covered: 'covered',
};

/** "2026-03-02 to 2026-03-29": the first and last day of a half-open period, in the report's zone. */
export function periodLabel(period: { from: string; to: string }, timezone = 'UTC'): string {
  const day = (ms: number) => DateTime.fromMillis(ms, { zone: timezone }).toISODate();
  return `${day(Date.parse(period.from))} to ${day(Date.parse(period.to) - 1)}`;
}

function flags(topic: GapTopic): string[] {
  const list: string[] = [];
  if (topic.ten_x) list.push('10x rule: also needs in-app guidance');
  if (topic.escalate_bug) list.push('bug volume: escalate to engineering as P1');
  return list;
}

function articleCell(topic: GapTopic): string {
  return topic.article ? `${mdText(topic.article_title ?? topic.article)} (\`${topic.article}\`)` : '—';
}

/** Markdown; `headingLevel` 2 for a stand-alone report, 3 inside the weekly one. */
export function renderGapsMarkdown(report: GapReport, headingLevel = 1): string {
  const h = (n: number) => '#'.repeat(headingLevel + n);
  const lines: string[] = [`${h(0)} Content gaps, ${periodLabel(report.period, report.timezone)}`, ''];
  const clustered = report.tickets - report.unclustered;
  lines.push(
    `${report.tickets} tickets in the period: ${report.topics.length} topics with enough tickets to act on (${clustered} tickets); ${report.unclustered} tickets in smaller or no topics.`,
  );
  if (!report.has_analytics) lines.push('', '> No analytics events for this period: views and helpful shares are unknown. Run `kb analytics pull` first.');
  const counts = (['create', 'improve', 'discoverability', 'covered'] as const).map((a) => `${report.topics.filter((t) => t.action === a).length} ${a}`);
  lines.push('', `Actions: ${counts.join(', ')}.`, '');
  const named = topicName(report);
  if (report.topics.length > 0) {
    lines.push(
      mdTable(
        ['#', 'Topic', 'Tickets', 'Action', 'Article', 'Helpful', 'Views', 'Zero-result searches'],
        report.topics.map((t, i) => [
          i + 1,
          mdText(named(t)),
          t.tickets,
          `${t.action}${t.ten_x ? ' (10x)' : ''}`,
          articleCell(t),
          mdPercent(t.helpful_share),
          mdNumber(t.views),
          t.zero_result_queries.reduce((sum, q) => sum + q.searches, 0),
        ]),
        ['right', 'left', 'right', 'left', 'left', 'right', 'right', 'right'],
      ),
      '',
    );
    for (const [i, t] of report.topics.entries()) {
      if (t.action === 'covered') continue;
      lines.push(`${h(1)} ${i + 1}. ${mdText(named(t))}: ${actionWords[t.action]}`, '');
      lines.push(`- **Why:** ${mdText(t.reason)}.`);
      lines.push(`- **Tickets:** ${t.tickets}; key terms: ${t.terms.map(mdText).join(', ')}.`);
      if (t.article) {
        lines.push(`- **Article:** ${articleCell(t)}, owner ${mdText(t.owner ?? 'none')}; ${mdNumber(t.views)} views, helpful ${mdPercent(t.helpful_share)} of ${t.votes} votes.`);
      }
      for (const flag of flags(t)) lines.push(`- **Flag:** ${flag}.`);
      if (t.zero_result_queries.length > 0) {
        lines.push(`- **Zero-result searches:** ${t.zero_result_queries.map((q) => `"${mdText(q.query)}" (${q.searches})`).join(', ')}.`);
      }
      if (t.examples.length > 0) lines.push(`- **Examples:** ${t.examples.map((e) => `"${mdText(e)}"`).join('; ')}.`);
      lines.push('');
    }
  } else {
    lines.push('No topic reached the threshold in this period.', '');
  }
  lines.push(`${h(1)} Zero-result searches`, '');
  if (report.zero_result_topics.length === 0) lines.push('No zero-result search topic reached the threshold.', '');
  else {
    lines.push(
      'Topics customers searched for and did not find. With a suggested article, add the queries to its `keywords`; without one, the topic needs an article.',
      '',
      mdTable(
        ['Topic', 'Searches', 'Queries', 'Suggested article'],
        report.zero_result_topics.map((z) => [
          mdText(z.label),
          z.searches,
          z.queries.map((q) => `"${mdText(q.query)}" (${q.searches})`).join(', '),
          z.suggested_article ? `${mdText(z.suggested_title ?? z.suggested_article)} (\`${z.suggested_article}\`)` : 'none: write one',
        ]),
        ['left', 'right', 'left', 'left'],
      ),
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The topics-by-volume chart, coloured by action. */
export function topicsChart(report: GapReport, limit = 15): Promise<string> {
  return barChart(
    report.topics.slice(0, limit).map((t) => ({ label: t.label, value: t.tickets, group: t.action })),
    { xTitle: 'tickets' },
  );
}

/** HTML body section (no page shell), so the weekly page can embed it. */
export async function renderGapsHtmlSection(report: GapReport, headingLevel = 1): Promise<string> {
  const h = (n: number, text: string) => `<h${headingLevel + n}>${escapeHtml(text)}</h${headingLevel + n}>`;
  const parts: string[] = [h(0, `Content gaps, ${periodLabel(report.period, report.timezone)}`)];
  parts.push(`<p>${report.tickets} tickets in the period: ${report.topics.length} topics with enough tickets to act on; ${report.unclustered} tickets in smaller or no topics.</p>`);
  if (!report.has_analytics) parts.push('<p class="muted">No analytics events for this period: views and helpful shares are unknown. Run <code>kb analytics pull</code> first.</p>');
  if (report.topics.length > 0) {
    parts.push(htmlFigure(await topicsChart(report), 'Ticket topics by volume, coloured by action'));
    parts.push(
      htmlTable(
        ['#', 'Topic', 'Tickets', 'Action', 'Article', 'Helpful', 'Views', 'Zero-result queries', 'Examples'],
        report.topics.map((t, i) => [
          i + 1,
          raw(`<strong>${escapeHtml(topicName(report)(t))}</strong><br><span class="muted">${escapeHtml(t.terms.join(', '))}</span>`),
          t.tickets,
          raw(`<span class="tag ${t.action}">${escapeHtml(t.action)}</span>${flags(t).map((f) => `<br><span class="muted">${escapeHtml(f)}</span>`).join('')}<br><span class="muted">${escapeHtml(t.reason)}</span>`),
          t.article ? raw(`${escapeHtml(t.article_title ?? t.article)}<br><code>${escapeHtml(t.article)}</code>`) : '—',
          mdPercent(t.helpful_share),
          mdNumber(t.views),
          t.zero_result_queries.map((q) => `${q.query} (${q.searches})`).join(', ') || '—',
          raw(`<ul class="examples">${t.examples.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul>`),
        ]),
        [0, 2, 5, 6],
      ),
    );
  }
  parts.push(h(1, 'Zero-result searches'));
  parts.push(
    report.zero_result_topics.length === 0
      ? '<p>No zero-result search topic reached the threshold.</p>'
      : htmlTable(
          ['Topic', 'Searches', 'Queries', 'Suggested article'],
          report.zero_result_topics.map((z) => [
            z.label,
            z.searches,
            z.queries.map((q) => `${q.query} (${q.searches})`).join(', '),
            z.suggested_article ? raw(`${escapeHtml(z.suggested_title ?? z.suggested_article)} <code>${escapeHtml(z.suggested_article)}</code>: add the queries to its keywords`) : 'none: write an article',
          ]),
          [1],
        ),
  );
  return parts.join('\n');
}

/** A topic's label, with its language when the report holds topics in more than one ("rechnung herunterladen (de)"). */
function topicName(report: GapReport): (topic: GapTopic) => string {
  const many = new Set(report.topics.map((t) => t.language)).size > 1;
  return (topic) => (many ? `${topic.label} (${topic.language})` : topic.label);
}

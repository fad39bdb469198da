/** The weekly report as Markdown (charts as linked SVG files) and as one HTML page (charts inline). */
import { periodLabel, renderGapsHtmlSection, renderGapsMarkdown } from '../gaps/render-gaps.ts';
import { renderHygieneHtmlSection, renderHygieneMarkdown } from '../hygiene/render-hygiene.ts';
import { escapeHtml, htmlFigure, htmlPage, htmlTable } from '../reports/html.ts';
import { mdTable, mdText } from '../reports/markdown.ts';
import type { SynonymReport } from '../synonyms/run-synonyms.ts';
import type { LocaleSplitRow } from './locale-split.ts';
import type { WeeklyReport } from './weekly-report.ts';

/** File names of the charts, next to the report. */
export const chartFiles = { topics: 'topics-by-volume.svg', helpful: 'helpful-share.svg', zeroResults: 'zero-result-trend.svg' } as const;

function headline(report: WeeklyReport): string[] {
  const by = (action: string) => report.gaps.topics.filter((t) => t.action === action).length;
  const zero = report.charts.zero_result_trend.slice(-7).reduce((sum, d) => sum + d.zero_results, 0);
  return [
    `${report.gaps.tickets} tickets in ${report.gaps.topics.length} topics: ${by('create')} need a new article, ${by('improve')} a better one, ${by('discoverability')} a findable one.`,
    `${report.gaps.zero_result_topics.length} zero-result search topics; ${zero} searches found nothing this week.`,
    `${report.hygiene.findings.length} hygiene findings for ${report.hygiene.owners.length} owners.`,
    `${report.synonyms.suggestions.length} search synonyms suggested by what customers searched and then read.`,
    `Lint: ${report.lint.errors} errors and ${report.lint.warnings} warnings in ${report.lint.files} articles.`,
  ];
}

const synonymIntro = (r: SynonymReport) =>
  `Searches that found nothing, followed in the same session within ${r.follow_up_minutes} minutes by opening the same article, in at least ${r.min_sessions} sessions (${r.period.from.slice(0, 10)} to ${r.period.to.slice(0, 10)}). Accept one by adding its group to \`search.synonyms\` in kb.config.yaml (\`kb synonyms\` lists them all).`;
const synonymRows = (r: SynonymReport) => r.suggestions.map((s) => [s.query, `${s.title} (${s.article})`, s.sessions, s.searches, `${s.joins === undefined ? '' : `search.synonyms[${s.joins}]: `}[${s.group.join(', ')}]`]);
const synonymHeader = ['Search', 'Article opened next', 'Sessions', 'Searches', 'Group to accept'];

const localeIntro = 'Per language of the help center (the page the reader was on; pages of old builds count as the default language). Deflection: sessions that read an article or were deflected at contact, over sessions counted.';
const localeHeader = ['Language', 'Views', 'Helpful share', 'Searches', 'Zero-result rate', 'Sessions', 'Deflection'];
const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);
const localeRows = (rows: readonly LocaleSplitRow[]) =>
  rows.map((r) => [`${r.language} (${r.locale})`, r.views, `${percent(r.helpful_share)} of ${r.votes_up + r.votes_down}`, r.searches, percent(r.zero_result_rate), r.sessions, percent(r.deflection_rate)]);

/** The split by language, only when the help center has more than one. */
export function renderLocalesMarkdown(rows: readonly LocaleSplitRow[]): string[] {
  if (rows.length < 2) return [];
  // No customer text here: language names and figures only.
  return ['## By language', '', localeIntro, '', mdTable(localeHeader, localeRows(rows), ['left', 'right', 'right', 'right', 'right', 'right', 'right']), ''];
}

function renderSynonymsMarkdown(r: SynonymReport): string[] {
  const lines = ['## Search synonyms to accept', '', synonymIntro(r), ''];
  if (r.suggestions.length === 0) lines.push('No suggestions this week.', '');
  else lines.push(mdTable(synonymHeader, synonymRows(r).map((row) => row.map((cell) => (typeof cell === 'string' ? mdText(cell) : cell))), ['left', 'left', 'right', 'right', 'left']), '');
  return lines;
}

export function renderWeeklyMarkdown(report: WeeklyReport): string {
  const lines = [`# Weekly KB report ${report.week}`, '', `${periodLabel(report.period, report.gaps.timezone)}.`, '', ...headline(report).map((l) => `- ${l}`), ''];
  lines.push('## Charts', '', `![Ticket topics by volume](${chartFiles.topics})`, '', `![Helpful share per article](${chartFiles.helpful})`, '', `![Zero-result searches per day](${chartFiles.zeroResults})`, '');
  lines.push('## Lint', '');
  if (report.lint.rules.length === 0) lines.push('Every article passes the lint.', '');
  else {
    lines.push(mdTable(['Rule', 'Errors', 'Warnings'], report.lint.rules.map((r) => [`\`${r.rule}\``, r.errors, r.warnings]), ['left', 'right', 'right']), '');
    lines.push('Most messages:', '', mdTable(['Article', 'Errors', 'Warnings'], report.lint.worst_files.map((f) => [mdText(f.file), f.errors, f.warnings]), ['left', 'right', 'right']), '');
  }
  lines.push(...renderLocalesMarkdown(report.locales));
  lines.push(renderGapsMarkdown(report.gaps, 2), ...renderSynonymsMarkdown(report.synonyms), renderHygieneMarkdown(report.hygiene, 2));
  return `${lines.join('\n').trimEnd()}\n`;
}

export async function renderWeeklyHtml(report: WeeklyReport, charts: { topics: string; helpful: string; zeroResults: string }, title: string, language: string): Promise<string> {
  const parts = [`<h1>${escapeHtml(`Weekly KB report ${report.week}`)}</h1>`, `<p class="muted">${escapeHtml(periodLabel(report.period, report.gaps.timezone))}</p>`];
  parts.push(`<ul>${headline(report).map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`);
  parts.push('<h2>Charts</h2>');
  parts.push(htmlFigure(charts.topics, 'Ticket topics by volume, coloured by action'));
  parts.push(htmlFigure(charts.helpful, 'Helpful share per article with enough votes; the dashed line is the threshold'));
  parts.push(htmlFigure(charts.zeroResults, 'Searches and zero-result searches per day, last 8 weeks'));
  parts.push('<h2>Lint</h2>');
  parts.push(
    report.lint.rules.length === 0
      ? '<p>Every article passes the lint.</p>'
      : htmlTable(['Rule', 'Errors', 'Warnings'], report.lint.rules.map((r) => [r.rule, r.errors, r.warnings]), [1, 2]) +
          htmlTable(['Article', 'Errors', 'Warnings'], report.lint.worst_files.map((f) => [f.file, f.errors, f.warnings]), [1, 2]),
  );
  if (report.locales.length > 1) parts.push('<h2>By language</h2>', `<p>${escapeHtml(localeIntro)}</p>`, htmlTable(localeHeader, localeRows(report.locales), [1, 2, 3, 4, 5, 6]));
  parts.push(await renderGapsHtmlSection(report.gaps, 2));
  parts.push('<h2>Search synonyms to accept</h2>', `<p>${escapeHtml(synonymIntro(report.synonyms).replace(/`/g, ''))}</p>`);
  parts.push(report.synonyms.suggestions.length === 0 ? '<p>No suggestions this week.</p>' : htmlTable(synonymHeader, synonymRows(report.synonyms), [2, 3]));
  parts.push(await renderHygieneHtmlSection(report.hygiene, 2));
  return htmlPage(title, parts.join('\n'), language);
}

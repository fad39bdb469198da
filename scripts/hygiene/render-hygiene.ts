/** The hygiene report in Markdown and HTML: a count per owner, then findings grouped by kind. */
import { barChart } from '../reports/charts.ts';
import { escapeHtml, htmlFigure, htmlTable, raw } from '../reports/html.ts';
import { mdTable, mdText } from '../reports/markdown.ts';
import { hygieneKinds, type HygieneKind, type HygieneReport } from './hygiene-report.ts';

const kindTitles: Record<HygieneKind, string> = {
  unhelpful: 'Unhelpful',
  unseen: 'Unseen',
  stale: 'Stale',
  duplicate: 'Duplicates',
  'tag-gap': 'Tag gaps',
  'broken-link': 'Broken links',
  release: 'Release updates',
  'translation-stale': 'Stale translations',
  'translation-missing': 'Missing translations',
};

/** Markdown; `headingLevel` 1 for a stand-alone report. */
export function renderHygieneMarkdown(report: HygieneReport, headingLevel = 1): string {
  const h = (n: number) => '#'.repeat(headingLevel + n);
  const lines: string[] = [`${h(0)} KB hygiene, ${report.generated_at.slice(0, 10)}`, ''];
  lines.push(`${report.findings.length} findings across ${report.articles} articles.`);
  for (const note of report.notes) lines.push('', `> ${mdText(note)}`);
  lines.push('');
  if (report.owners.length > 0) {
    lines.push(`${h(1)} Per owner`, '');
    const kinds = hygieneKinds.filter((k) => report.findings.some((f) => f.kind === k));
    lines.push(
      mdTable(
        ['Owner', 'Findings', ...kinds.map((k) => kindTitles[k])],
        report.owners.map((o) => [mdText(o.owner), o.findings, ...kinds.map((k) => o.by_kind[k] ?? 0)]),
        ['left', 'right', ...kinds.map(() => 'right' as const)],
      ),
      '',
    );
  }
  for (const kind of hygieneKinds) {
    const list = report.findings.filter((f) => f.kind === kind);
    if (list.length === 0) continue;
    lines.push(`${h(1)} ${kindTitles[kind]} (${list.length})`, '');
    lines.push(
      mdTable(
        ['Article', 'Owner', 'Evidence', 'Action'],
        list.map((f) => [
          `${mdText(f.title)} (\`${f.article}\`)`,
          mdText(f.owner ?? '—'),
          mdText(f.evidence) + (f.details.length > 0 ? `<br>${f.details.slice(0, 5).map(mdText).join('<br>')}` : ''),
          mdText(f.action),
        ]),
      ),
      '',
    );
  }
  if (report.findings.length === 0) lines.push('Nothing to fix.', '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** HTML body section (no page shell). */
export async function renderHygieneHtmlSection(report: HygieneReport, headingLevel = 1): Promise<string> {
  const h = (n: number, text: string) => `<h${headingLevel + n}>${escapeHtml(text)}</h${headingLevel + n}>`;
  const parts = [h(0, `KB hygiene, ${report.generated_at.slice(0, 10)}`), `<p>${report.findings.length} findings across ${report.articles} articles.</p>`];
  for (const note of report.notes) parts.push(`<p class="muted">${escapeHtml(note)}</p>`);
  if (report.owners.length > 0) {
    parts.push(h(1, 'Per owner'));
    parts.push(
      htmlFigure(
        await barChart(
          report.owners.flatMap((o) => hygieneKinds.filter((k) => o.by_kind[k]).map((k) => ({ label: o.owner, value: o.by_kind[k]!, group: kindTitles[k] }))),
          { xTitle: 'findings' },
        ),
        'Findings per owner, by kind',
      ),
    );
  }
  for (const kind of hygieneKinds) {
    const list = report.findings.filter((f) => f.kind === kind);
    if (list.length === 0) continue;
    parts.push(h(1, `${kindTitles[kind]} (${list.length})`));
    parts.push(
      htmlTable(
        ['Article', 'Owner', 'Evidence', 'Action'],
        list.map((f) => [
          raw(`${escapeHtml(f.title)}<br><code>${escapeHtml(f.file)}</code>`),
          f.owner ?? '—',
          raw(`${escapeHtml(f.evidence)}${f.details.length > 0 ? `<ul class="examples">${f.details.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul>` : ''}`),
          f.action,
        ]),
      ),
    );
  }
  return parts.join('\n');
}

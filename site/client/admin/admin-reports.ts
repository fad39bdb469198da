/**
 * `/admin/reports/`: the weekly reports `kb weekly` wrote, newest first. A
 * report is fetched with the token (a plain link could not carry the
 * header) and shown in a sandboxed frame (`srcdoc`, no scripts, no access
 * to this page), so nothing in it can act as the signed-in owner.
 */
import type { WeekReports } from '../../../analytics-api/admin/weekly-reports.ts';
import { h } from '../dom.ts';
import { adminGet, type AdminFailure } from './admin-api.ts';

const LABELS: Record<string, string> = { 'report.html': 'KB report', 'support-report.html': 'Support report' };

export async function renderReports(root: HTMLElement, token: string): Promise<AdminFailure | undefined> {
  const listed = await adminGet<{ reports: WeekReports[] }>('reports', token);
  if (!listed.ok) return listed.failure;
  const { reports } = listed.data;
  if (reports.length === 0) {
    root.replaceChildren(h('div', { class: 'notice empty-state', role: 'note' }, h('h2', {}, 'No weekly reports yet'), h('p', {}, 'Reports appear here once ', h('code', {}, 'npx kb weekly'), ' has written one into the reports folder of this server.')));
    return undefined;
  }
  const status = h('p', { role: 'status', class: 'muted' });
  const frame = h('iframe', { class: 'report-frame', title: 'Weekly report', sandbox: '', hidden: true });
  const open = async (week: string, file: string, button: HTMLButtonElement) => {
    for (const other of root.querySelectorAll('[aria-pressed="true"]')) other.setAttribute('aria-pressed', 'false');
    button.setAttribute('aria-pressed', 'true');
    status.textContent = `Loading the ${LABELS[file] ?? file} of ${week}…`;
    const report = await adminGet<string>(`reports/${encodeURIComponent(week)}/${encodeURIComponent(file)}`, token, 'text');
    if (!report.ok) {
      status.textContent = report.failure.message;
      return;
    }
    frame.title = `${LABELS[file] ?? file}, ${week}`;
    frame.srcdoc = report.data;
    frame.hidden = false;
    status.textContent = `Showing the ${LABELS[file] ?? file} of ${week}.`;
  };
  const list = h(
    'ul',
    { class: 'report-list' },
    ...reports.map((r) =>
      h(
        'li',
        {},
        h('span', { class: 'report-week' }, r.week),
        ...r.files.map((file) => {
          const button = h('button', { type: 'button', class: 'button button-secondary', 'aria-pressed': 'false' }, LABELS[file] ?? file);
          button.addEventListener('click', () => void open(r.week, file, button));
          return button;
        }),
      ),
    ),
  );
  root.replaceChildren(list, status, frame);
  const first = list.querySelector<HTMLButtonElement>('button');
  if (first) void open(reports[0]?.week ?? '', reports[0]?.files[0] ?? 'report.html', first);
  return undefined;
}

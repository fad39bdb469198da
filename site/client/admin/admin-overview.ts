/**
 * The dashboard's overview: this week beside last for the figures that
 * matter, the charts (SVG drawn by the service, shown as images with their
 * data in the tables below them), the searches to act on, the unhelpful
 * articles with what readers said, deflection and the hygiene findings by
 * owner. Everything is built with DOM calls and text nodes: what customers
 * typed is never read as HTML.
 */
import type { DashboardCharts } from '../../../analytics-api/admin/dashboard-charts.ts';
import type { DashboardOverview, ZeroResultHint } from '../../../analytics-api/admin/dashboard-overview.ts';
import type { WeeklyHygiene } from '../../../analytics-api/admin/weekly-reports.ts';
import { h } from '../dom.ts';
import { adminGet, type AdminFailure } from './admin-api.ts';

type Hygiene = Pick<WeeklyHygiene, 'findings' | 'owners' | 'generated_at'> & { week: string | null };

const number = new Intl.NumberFormat('en-US');
const percent = (value: number | null | undefined) => (value === null || value === undefined ? '–' : `${Math.round(value * 1000) / 10}%`);

function change(current: number | null, previous: number | null, asShare: boolean): string {
  if (current === null || previous === null) return '';
  if (asShare) {
    const points = Math.round((current - previous) * 1000) / 10;
    return points === 0 ? 'no change' : `${points > 0 ? '+' : ''}${points} points`;
  }
  if (previous === 0) return current === 0 ? 'no change' : 'new this week';
  const pct = Math.round(((current - previous) / previous) * 100);
  return pct === 0 ? 'no change' : `${pct > 0 ? '+' : ''}${pct}%`;
}

/** One figure: this week so far, the change against last week by the same time, and last week in all. */
function tile(label: string, current: number | null, soFar: number | null, whole: number | null, asShare = false): HTMLElement {
  const shown = (v: number | null) => (asShare ? percent(v) : v === null ? '–' : number.format(v));
  const delta = change(current, soFar, asShare);
  return h(
    'li',
    { class: 'tile' },
    h('span', { class: 'tile-label' }, label),
    h('span', { class: 'tile-value' }, shown(current)),
    h('span', { class: 'tile-detail' }, `${delta ? `${delta} on last week by this time (${shown(soFar)}) · ` : ''}last week in all ${shown(whole)}`),
  );
}

function table(caption: string, headers: string[], rows: Array<Array<string | Node>>, numeric: number[] = []): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption },
    h(
      'table',
      {},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...headers.map((text, i) => h('th', { scope: 'col', class: numeric.includes(i) ? 'num' : undefined }, text)))),
      h('tbody', {}, ...rows.map((row) => h('tr', {}, ...row.map((cell, i) => h('td', { class: numeric.includes(i) ? 'num' : undefined }, cell))))),
    ),
  );
}

function hintText(hint: ZeroResultHint): Node {
  if (hint.action === 'create-article') {
    return h('span', {}, h('strong', {}, 'Create an article'), ': nobody opened an article after this search. Write one that answers it, or check ', h('code', {}, 'npx kb gaps'), ' for tickets on it.');
  }
  const where = hint.joins === undefined ? 'a new group in search.synonyms' : `search.synonyms[${hint.joins}]`;
  return h(
    'span',
    {},
    h('strong', {}, 'Add a synonym'),
    `: ${hint.sessions} sessions went on to “${hint.title}”. Add “${hint.phrase}” to ${where}: [${hint.group.join(', ')}] (see `,
    h('code', {}, 'npx kb synonyms'),
    ').',
  );
}

function section(id: string, title: string, ...children: Array<Node | string>): HTMLElement {
  return h('section', { 'aria-labelledby': id, class: 'admin-section' }, h('h2', { id }, title), ...children);
}

function chart(charts: DashboardCharts, name: keyof DashboardCharts, alt: string): Node | string {
  const svg = charts[name];
  if (!svg) return '';
  // Shown as an image from a blob: the SVG is never inserted into the page, so nothing in it can run.
  const src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  return h('figure', { class: 'chart' }, h('img', { src, alt, 'data-chart': name }), h('figcaption', {}, alt));
}

/** Renders the overview into `root`; a failure is handed back for the page to show. */
export async function renderOverview(root: HTMLElement, token: string): Promise<AdminFailure | undefined> {
  const theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  const [overview, charts, hygiene] = await Promise.all([
    adminGet<DashboardOverview>('overview', token),
    adminGet<{ charts: DashboardCharts }>(`charts?theme=${theme}`, token),
    adminGet<Hygiene>('hygiene', token),
  ]);
  if (!overview.ok) return overview.failure;
  const data = overview.data;
  const drawn = charts.ok ? charts.data.charts : {};
  const t = data.this_week.totals;
  const l = data.last_week.totals;
  const s = data.last_week.totals_so_far;
  const parts: Node[] = [];
  parts.push(h('p', { class: 'lead' }, `This week (${data.this_week.name}, up to now) against last week (${data.last_week.name}), in ${data.timezone}.`));
  if (!data.has_data) {
    parts.push(
      h(
        'div',
        { class: 'notice empty-state', role: 'note' },
        h('h2', {}, 'No analytics yet'),
        h('p', {}, 'Nothing was recorded this week or last. Views, votes and searches appear here once readers use the site with the tracker pointing at this service (analytics.endpoint in kb.config.yaml).'),
      ),
    );
  } else {
    parts.push(
      h(
        'ul',
        { class: 'tiles', 'aria-label': 'This week against last week' },
        tile('Article views', t.views, s.views, l.views),
        tile('Searches', t.searches, s.searches, l.searches),
        tile('Searches that found nothing', t.zero_result_rate, s.zero_result_rate, l.zero_result_rate, true),
        tile('Search click-through', t.click_through_rate, s.click_through_rate, l.click_through_rate, true),
        tile('Helpful votes', t.helpful_share, s.helpful_share, l.helpful_share, true),
        tile('Deflection', t.deflection_rate, s.deflection_rate, l.deflection_rate, true),
      ),
    );
    parts.push(h('div', { class: 'charts' }, chart(drawn, 'views', 'Article views per day, this week and last'), chart(drawn, 'deflection', `Deflection this week and last, against the ${percent(data.deflection.target)} target`)));
    parts.push(
      section(
        'admin-searches',
        'Top searches',
        chart(drawn, 'searches', 'Top searches, this week beside last'),
        data.top_searches.length === 0
          ? h('p', {}, 'No searches this week or last.')
          : table('Top searches, this week and last', ['Search', 'This week', 'Last week', 'Click-through'], data.top_searches.map((s) => [s.query, number.format(s.this_week), number.format(s.last_week), percent(s.click_through_rate)]), [1, 2, 3]),
      ),
    );
    parts.push(
      section(
        'admin-zero',
        'Searches that found nothing',
        chart(drawn, 'zero_results', 'Searches that found nothing, this week beside last'),
        data.zero_result_searches.length === 0
          ? h('p', {}, 'Every search this week and last found something.')
          : table('Searches that found nothing, and what to do', ['Search', 'This week', 'Last week', 'What to do'], data.zero_result_searches.map((s) => [s.query, number.format(s.this_week), number.format(s.last_week), hintText(s.hint)]), [1, 2]),
      ),
    );
    parts.push(
      section(
        'admin-unhelpful',
        'Unhelpful articles',
        data.unhelpful_articles.length === 0
          ? h('p', {}, 'No article was voted unhelpful this week or last.')
          : h(
              'ul',
              { class: 'card-list' },
              ...data.unhelpful_articles.map((a) =>
                h(
                  'li',
                  { class: 'card' },
                  h('a', { href: a.url }, a.title),
                  h('p', {}, `This week ${a.this_week.votes_down} “No”, ${a.this_week.votes_up} “Yes” (${percent(a.this_week.helpful_share)} helpful); last week ${a.last_week.votes_down} “No”, ${a.last_week.votes_up} “Yes” (${percent(a.last_week.helpful_share)})${a.owner ? ` · owner ${a.owner}` : ''}`),
                  h('p', {}, `Reasons given: ${Object.entries(a.reasons).map(([reason, n]) => `${reason.replace(/-/g, ' ')} ${n}`).join(', ')}`),
                  a.comments.length > 0 ? h('ul', { class: 'comments', 'aria-label': `Comments on ${a.title}` }, ...a.comments.map((c) => h('li', {}, h('q', {}, c.text), c.reason ? ` (${c.reason.replace(/-/g, ' ')})` : ''))) : '',
                ),
              ),
            ),
      ),
    );
    const outcomes: Array<[string, string]> = [
      ['self_served', 'Self-served (read, no contact)'],
      ['deflected_at_contact', 'Deflected at the contact form'],
      ['abandoned_contact', 'Left the contact form'],
      ['contacted', 'Contacted support'],
    ];
    parts.push(
      section(
        'admin-deflection',
        'Deflection',
        table(
          'Sessions by outcome, this week and last',
          ['Outcome', 'This week', 'Last week'],
          outcomes.map(([key, label]) => {
            const now = data.deflection.this_week[key];
            const before = data.deflection.last_week[key];
            return [label, `${number.format(now?.count ?? 0)} (${percent(now?.rate)})`, `${number.format(before?.count ?? 0)} (${percent(before?.rate)})`];
          }),
          [1, 2],
        ),
      ),
    );
  }
  const findings = hygiene.ok ? hygiene.data : undefined;
  parts.push(
    section(
      'admin-hygiene',
      'Hygiene findings by owner',
      !findings || findings.week === null
        ? h('p', {}, 'No weekly report yet: run ', h('code', {}, 'npx kb weekly'), ' (every Monday in CI) and its hygiene findings show here.')
        : h(
            'div',
            {},
            h('p', {}, `From the ${findings.week} weekly report: ${findings.findings.length === 1 ? '1 finding' : `${findings.findings.length} findings`}.`),
            chart(drawn, 'hygiene', `Hygiene findings by owner, ${findings.week}`),
            ...findings.owners.map((owner) =>
              h(
                'details',
                { class: 'owner' },
                h('summary', {}, `${owner.owner}: ${owner.findings} (${Object.entries(owner.by_kind).map(([kind, n]) => `${n} ${kind}`).join(', ')})`),
                h('ul', {}, ...findings.findings.filter((f) => (f.owner ?? '(no owner)') === owner.owner).map((f) => h('li', {}, h('strong', {}, `${f.kind}: ${f.title}`), ` — ${f.evidence} ${f.action}`))),
              ),
            ),
          ),
    ),
  );
  root.replaceChildren(...parts);
  return undefined;
}

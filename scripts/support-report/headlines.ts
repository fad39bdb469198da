/**
 * The three headlines of the weekly report: the biggest win (the largest
 * relative improvement on last week among the headline figures), the
 * biggest concern (a red light first, else the largest relative setback,
 * else a raised red flag), and the key trend (received volume and the
 * category that grew most).
 */
import type { Dashboard, DashboardFigure } from '../metrics/build-dashboard.ts';
import { formatChange, formatValue } from '../metrics/format-value.ts';
import type { Headline } from './support-report.ts';

/** Figures a headline may name; the rest are detail. */
const headlineFigures = [
  'first_response.mean_hours', 'first_response.sla_percent', 'resolution.mean_hours', 'resolution.sla_percent', 'quality.fcr_percent',
  'quality.csat_percent', 'quality.reopen_percent', 'quality.escalation_percent', 'quality.deflection_percent', 'volume.backlog',
];

/** Relative change in the good direction (positive = better); null when not comparable. */
function improvement(f: DashboardFigure): number | null {
  if (f.better === null || f.change_percent === null || f.change === null || f.change === 0) return null;
  return f.better === 'higher' ? f.change_percent : -f.change_percent;
}

const describe = (f: DashboardFigure) => `${f.label} ${formatValue(f.value, f.unit)} (${formatChange(f.change, f.change_percent, f.unit)} on last week)`;

/** Builds the headlines from the dashboard. */
export function buildHeadlines(d: Dashboard): Headline[] {
  const candidates = d.figures.filter((f) => headlineFigures.includes(f.key)).map((f) => ({ f, score: improvement(f) })).filter((c) => c.score !== null) as Array<{ f: DashboardFigure; score: number }>;
  candidates.sort((a, b) => b.score - a.score || (a.f.key < b.f.key ? -1 : 1));
  const best = candidates[0];
  const worst = candidates[candidates.length - 1];
  const win = best && best.score > 0 ? describe(best.f) : 'No headline figure improved on last week.';

  const red = d.health.find((l) => l.light === 'red');
  const flag = d.red_flags.find((f) => f.raised);
  let concern: string;
  if (red) concern = `${red.label} is red: ${red.value === null ? 'no data' : `${formatValue(red.value, red.unit === '%' ? 'percent' : red.unit === 'h' ? 'hours' : 'ratio')}`} (${red.rule}).`;
  else if (worst && worst.score < 0) concern = describe(worst.f);
  else if (flag) concern = `Red flag ${flag.flag}: ${flag.finding}.`;
  else concern = 'Nothing got worse and no light is red.';

  const received = d.figures.find((f) => f.key === 'volume.received')!;
  const rising = [...d.by_category].sort((a, b) => b.change - a.change || (a.name < b.name ? -1 : 1))[0];
  const trend =
    `${formatValue(received.value, 'count')} tickets received (${formatChange(received.change, received.change_percent, 'count')} on last week)` +
    (rising && rising.change > 0 ? `; ${rising.name} grew most (${rising.previous} → ${rising.count}).` : '.');
  return [
    { kind: 'biggest-win', text: win },
    { kind: 'biggest-concern', text: concern },
    { kind: 'key-trend', text: trend },
  ];
}

/** How support figures read in Markdown, HTML and the terminal: units, precision and signed changes. */
import type { FigureInfo } from './figure-definitions.ts';

/** Fixed decimals, rounding halves up (0.95 → "1.0"), which toFixed does not do for binary fractions. */
export function fixed(value: number, digits: number): string {
  const scale = 10 ** digits;
  return (Math.round(value * scale) / scale).toFixed(digits);
}

/** A figure's value with its unit; an em dash when there is no data. */
export function formatValue(value: number | null, unit: FigureInfo['unit']): string {
  if (value === null) return '—';
  switch (unit) {
    case 'count':
      return String(Math.round(value));
    case 'hours':
      return `${fixed(value, 1)} h`;
    case 'percent':
      return `${fixed(value, 1)}%`;
    case 'score':
    case 'ratio':
      return fixed(value, 2);
    case 'points':
      return fixed(value, 0);
  }
}

/** A signed change: percentages in points ("+2.5 pts"), others with their unit and the relative change ("+12 (+8.3%)"). */
export function formatChange(change: number | null, changePercent: number | null, unit: FigureInfo['unit']): string {
  if (change === null) return '—';
  const sign = (n: number) => (n > 0 ? '+' : n < 0 ? '−' : '±');
  if (unit === 'percent') return `${sign(change)}${fixed(Math.abs(change), 1)} pts`;
  const relative = changePercent === null ? '' : ` (${sign(changePercent)}${fixed(Math.abs(changePercent), 1)}%)`;
  return `${sign(change)}${formatValue(Math.abs(change), unit)}${relative}`;
}

/** A signed whole-number change: "+3", "−2", "±0". */
export function formatCountChange(change: number): string {
  return change > 0 ? `+${change}` : change < 0 ? `−${Math.abs(change)}` : '±0';
}

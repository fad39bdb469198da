/**
 * Health triage (PLAYBOOK §3.2): a traffic light per signal. Where lower
 * is better, a value under `green_below` is green, over `red_above` red,
 * and anything from one bound to the other (both included) yellow; where
 * higher is better, the same with `green_above` and `red_below`. So a 4 h
 * first response is yellow, as "4-24 h" in the playbook reads.
 */
import type { SupportSettings } from '../../plugins/config/support-config.ts';
import type { FigureKey, PeriodFigures } from './period-figures.ts';

export type Light = 'green' | 'yellow' | 'red' | 'none';

/** One signal's light. */
export interface HealthLight {
  signal: keyof SupportSettings['health'];
  label: string;
  figure: FigureKey;
  value: number | null;
  unit: string;
  light: Light;
  /** The bounds in words, e.g. "green < 4 · yellow 4-24 · red > 24". */
  rule: string;
}

type Bounds = { green_below: number; red_above: number } | { green_above: number; red_below: number };

/** `fallback`: the figure read when the export gives no calendar times (business-hour durations only). */
const signals: Array<{ signal: keyof SupportSettings['health']; label: string; figure: FigureKey; unit: string; fallback?: FigureKey }> = [
  { signal: 'first_response_hours', label: 'First response time (mean)', figure: 'first_response.mean_hours', unit: 'h', fallback: 'first_response.business_mean_hours' },
  { signal: 'resolution_hours', label: 'Resolution time (mean)', figure: 'resolution.mean_hours', unit: 'h', fallback: 'resolution.business_mean_hours' },
  { signal: 'csat_percent', label: 'CSAT', figure: 'quality.csat_percent', unit: '%' },
  { signal: 'fcr_percent', label: 'First contact resolution', figure: 'quality.fcr_percent', unit: '%' },
  { signal: 'backlog_days', label: 'Backlog (days of received volume)', figure: 'backlog.days_of_volume', unit: '× daily volume' },
  { signal: 'escalation_percent', label: 'Escalation rate', figure: 'quality.escalation_percent', unit: '%' },
];

/** The light for a value under bounds; `none` without a value. */
export function lightFor(value: number | null, bounds: Bounds): Light {
  if (value === null) return 'none';
  if ('green_below' in bounds) return value < bounds.green_below ? 'green' : value > bounds.red_above ? 'red' : 'yellow';
  return value > bounds.green_above ? 'green' : value < bounds.red_below ? 'red' : 'yellow';
}

function ruleText(bounds: Bounds): string {
  if ('green_below' in bounds) return `green < ${bounds.green_below} · yellow ${bounds.green_below}-${bounds.red_above} · red > ${bounds.red_above}`;
  return `green > ${bounds.green_above} · yellow ${bounds.red_below}-${bounds.green_above} · red < ${bounds.red_below}`;
}

/** Every signal's light for one period. */
export function healthLights(figures: PeriodFigures, support: SupportSettings): HealthLight[] {
  return signals.map(({ signal, label: name, figure: main, unit, fallback }) => {
    const bounds = support.health[signal];
    const useFallback = fallback !== undefined && figures.values[main] === null && figures.values[fallback] !== null;
    const figure = useFallback ? fallback : main;
    const label = useFallback ? `${name}, business hours (no calendar times in the export)` : name;
    const value = figures.values[figure];
    // A backlog with nothing received has no ratio, but it is as bad as a backlog gets.
    const light = signal === 'backlog_days' && value === null && figures.values['volume.backlog']! > 0 ? 'red' : lightFor(value, bounds);
    return { signal, label, figure, value, unit, light, rule: ruleText(bounds) };
  });
}

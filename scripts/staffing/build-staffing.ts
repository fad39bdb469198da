/**
 * Agents needed per weekday and hour (PLAYBOOK §3.7):
 * agents = tickets per hour × handle minutes / (60 × occupancy), where
 * tickets per hour is the average of tickets created in that local
 * weekday and hour. The window is the `history_days` whole local days
 * before the day of "now" (today is partial and left out); the average is
 * over the days the data covers — from the day of the window's first ticket
 * to the day of its last — so an export of 61 days is not spread over 90.
 * Each weekday is divided by how often it occurs in those days, so 13
 * Mondays and 12 Sundays are fair to both. Less than four weeks of data is
 * too little to plan a rota on, and the plan says so.
 */
import { DateTime } from 'luxon';
import type { SupportSettings } from '../../plugins/config/support-config.ts';
import type { Ticket } from '../tickets/ticket-schema.ts';
import { createdMs, isoUtc } from '../triage/ticket-times.ts';

export const weekdayLabels = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** One weekday-hour. */
export interface StaffingCell {
  weekday: (typeof weekdayLabels)[number];
  hour: number;
  /** Average tickets created in this hour. */
  tickets_per_hour: number;
  /** Agents by the formula, unrounded. */
  agents: number;
  /** Agents to schedule: the formula rounded up. */
  agents_needed: number;
}

/** Days of data below which the plan carries a warning. */
export const MIN_SPAN_DAYS = 28;

/** The forecast. */
export interface StaffingPlan {
  /** The days averaged over: the first ticket's day to the last ticket's, inclusive ([from, to), local midnights). */
  from: string;
  to: string;
  time_zone: string;
  /** Days averaged over (the data span). */
  days: number;
  /** The window searched for tickets: the last `window_days` whole days. */
  window_from: string;
  window_to: string;
  window_days: number;
  /** Why the plan should not be trusted yet (less than four weeks of data), or null. */
  warning: string | null;
  tickets: number;
  handle_minutes: number;
  occupancy: number;
  /** How many times each weekday occurs in the window, Monday first. */
  weekday_counts: number[];
  /** 7 × 24 cells, Monday 00:00 first. */
  cells: StaffingCell[];
  peak: StaffingCell | null;
}

/** Builds the forecast from tickets created in the window. */
export function buildStaffing(tickets: readonly Ticket[], support: SupportSettings, now: number): StaffingPlan {
  const zone = support.time_zone;
  const settings = support.staffing;
  const end = DateTime.fromMillis(now, { zone }).startOf('day');
  const start = end.minus({ days: settings.history_days });
  const from = start.toMillis();
  const to = end.toMillis();
  const counts = new Array<number>(7 * 24).fill(0);
  let inWindow = 0;
  let first = Infinity;
  let last = -Infinity;
  for (const ticket of tickets) {
    const at = createdMs(ticket);
    if (at < from || at >= to) continue;
    const local = DateTime.fromMillis(at, { zone });
    counts[(local.weekday - 1) * 24 + local.hour]!++;
    inWindow++;
    if (at < first) first = at;
    if (at > last) last = at;
  }
  const spanStart = inWindow === 0 ? start : DateTime.fromMillis(first, { zone }).startOf('day');
  const spanEnd = inWindow === 0 ? end : DateTime.fromMillis(last, { zone }).startOf('day').plus({ days: 1 });
  const weekdayCounts = new Array<number>(7).fill(0);
  let days = 0;
  for (let d = spanStart; d < spanEnd; d = d.plus({ days: 1 })) {
    weekdayCounts[d.weekday - 1]!++;
    days++;
  }
  const cells: StaffingCell[] = counts.map((count, i) => {
    const day = Math.floor(i / 24);
    const perHour = weekdayCounts[day]! === 0 ? 0 : count / weekdayCounts[day]!;
    const agents = (perHour * settings.handle_minutes) / (60 * settings.occupancy);
    // Rounded up after trimming float noise, so exactly 2 agents stays 2.
    return { weekday: weekdayLabels[day]!, hour: i % 24, tickets_per_hour: perHour, agents, agents_needed: Math.ceil(Math.round(agents * 1e9) / 1e9) };
  });
  const peak = cells.reduce<StaffingCell | null>((best, c) => (c.agents > 0 && (best === null || c.agents > best.agents) ? c : best), null);
  const warning =
    inWindow > 0 && days < MIN_SPAN_DAYS
      ? `The data covers ${days} day${days === 1 ? '' : 's'} (under ${MIN_SPAN_DAYS / 7} weeks): too few to plan a rota on; import a longer export.`
      : null;
  return {
    from: isoUtc(spanStart.toMillis()),
    to: isoUtc(spanEnd.toMillis()),
    time_zone: zone,
    days,
    window_from: isoUtc(from),
    window_to: isoUtc(to),
    window_days: settings.history_days,
    warning,
    tickets: inWindow,
    handle_minutes: settings.handle_minutes,
    occupancy: settings.occupancy,
    weekday_counts: weekdayCounts,
    cells,
    peak,
  };
}

/**
 * The two weeks the dashboard compares, in the team's time zone
 * (`reports.timezone`): this ISO week so far (Monday 00:00 to now) and the
 * whole week before it, with their days for the per-day charts.
 */
import { DateTime } from 'luxon';

export interface DashboardWeek {
  /** ISO week, "2026-W48". */
  name: string;
  /** [from, to) in ms; `to` is now for the current week. */
  from: number;
  to: number;
  /** The seven days (YYYY-MM-DD) of the week, Monday first. */
  days: string[];
}

function weekFrom(monday: DateTime, to: number): DashboardWeek {
  return {
    name: `${monday.weekYear}-W${String(monday.weekNumber).padStart(2, '0')}`,
    from: monday.toMillis(),
    to,
    days: Array.from({ length: 7 }, (_, i) => monday.plus({ days: i }).toISODate() as string),
  };
}

/** This week up to `now` and last week, in `zone`. */
export function dashboardWeeks(now: number, zone: string): { current: DashboardWeek; previous: DashboardWeek } {
  const monday = DateTime.fromMillis(now, { zone }).startOf('week');
  const lastMonday = monday.minus({ weeks: 1 });
  return { current: weekFrom(monday, now), previous: weekFrom(lastMonday, monday.toMillis()) };
}

/** The day (YYYY-MM-DD in `zone`) of an instant. */
export function dayIn(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISODate() as string;
}

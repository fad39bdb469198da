/** ISO weeks (2026-W12) in a time zone: the folder name and the period of `kb weekly`. */
import { DateTime } from 'luxon';
import { UsageError } from '../cli/user-error.ts';

/** A week: its ISO name and its [from, to) period. */
export interface IsoWeek {
  name: string;
  from: Date;
  to: Date;
}

/** The ISO week with this name ("2026-W12"). */
export function parseIsoWeek(name: string, zone: string): IsoWeek {
  const m = /^(\d{4})-W(\d{2})$/.exec(name.trim());
  const start = m ? DateTime.fromObject({ weekYear: Number(m[1]), weekNumber: Number(m[2]), weekday: 1 }, { zone }) : undefined;
  if (!m || !start?.isValid || start.weekNumber !== Number(m[2])) {
    throw new UsageError(`--week "${name}" is not an ISO week: use YYYY-Www, like 2026-W12.`);
  }
  return weekOf(start);
}

/** The last week that has ended before `now`. */
export function lastCompleteWeek(now: Date, zone: string): IsoWeek {
  const thisWeek = DateTime.fromJSDate(now, { zone }).startOf('week');
  return weekOf(thisWeek.minus({ weeks: 1 }));
}

function weekOf(start: DateTime): IsoWeek {
  const monday = start.startOf('week');
  return {
    name: `${monday.weekYear}-W${String(monday.weekNumber).padStart(2, '0')}`,
    from: monday.toJSDate(),
    to: monday.plus({ weeks: 1 }).toJSDate(),
  };
}

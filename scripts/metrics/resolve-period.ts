/** Turns the `--week`, `--month`, `--from`/`--to` options into a period (default: the last complete week). */
import { UsageError } from '../cli/user-error.ts';
import { lastCompleteMonth, lastCompleteWeek, monthPeriod, rangePeriod, weekPeriod, type ReportPeriod } from './report-period.ts';

/** Period options as the command line gives them. */
export interface PeriodOptions {
  week?: string;
  month?: string;
  from?: string;
  to?: string;
}

/** The period asked for; `fallback` chooses the default when none is given. */
export function resolvePeriod(options: PeriodOptions, zone: string, now: number, fallback: 'week' | 'month' = 'week'): ReportPeriod {
  const given = [options.week, options.month, options.from ?? options.to].filter((v) => v !== undefined).length;
  if (given > 1) throw new UsageError('Give one period: --week, --month, or --from with --to.');
  if (options.week) return weekPeriod(options.week, zone);
  if (options.month) return monthPeriod(options.month, zone);
  if (options.from !== undefined || options.to !== undefined) {
    if (options.from === undefined || options.to === undefined) throw new UsageError('--from and --to go together: give both dates (YYYY-MM-DD, both included).');
    return rangePeriod(options.from, options.to, zone);
  }
  return fallback === 'week' ? lastCompleteWeek(now, zone) : lastCompleteMonth(now, zone);
}

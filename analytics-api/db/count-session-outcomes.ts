/** Counts sessions by deflection outcome (see `session-outcomes-sql.ts` for the definitions). */
import type { Database } from 'better-sqlite3';
import { LOCALE_MATCHES, withLocaleParams, type StatsRange } from './locale-filter.ts';
import { rollupDays } from './rollup-days.ts';
import { SESSION_OUTCOMES_CTE, sessionOutcomes, type SessionOutcome } from './session-outcomes-sql.ts';
import { prepared } from './statement-cache.ts';

export type SessionOutcomeCounts = Record<SessionOutcome, number>;

/** Sessions per outcome over the raw events in [@from, @to); the SQL runs on both engines. */
export const COUNT_RAW_SESSION_OUTCOMES = `
  WITH ${SESSION_OUTCOMES_CTE}
  SELECT outcome, COUNT(*) AS sessions FROM session_outcomes WHERE outcome IS NOT NULL GROUP BY outcome`;

/** Outcome sums of the daily rollups of [@fromDay, @toDay). */
export const COUNT_ROLLED_SESSION_OUTCOMES = `
  SELECT COALESCE(SUM(self_served), 0) AS self_served,
    COALESCE(SUM(deflected_at_contact), 0) AS deflected_at_contact,
    COALESCE(SUM(abandoned_contact), 0) AS abandoned_contact,
    COALESCE(SUM(contacted), 0) AS contacted
  FROM daily_session_stats WHERE day >= @fromDay AND day < @toDay AND ${LOCALE_MATCHES}`;

/** Outcomes of the sessions in the raw events of `range` only (what a rollup stores). */
export function countRawSessionOutcomes(db: Database, range: StatsRange): SessionOutcomeCounts {
  const counts = emptyCounts();
  for (const row of prepared<[object], { outcome: SessionOutcome; sessions: number }>(db, COUNT_RAW_SESSION_OUTCOMES).all(withLocaleParams(range))) {
    counts[row.outcome] = row.sessions;
  }
  return counts;
}

/** Outcomes of the sessions in `range`, from raw events and from the daily rollups of pruned days. */
export function countSessionOutcomes(db: Database, range: StatsRange): SessionOutcomeCounts {
  const counts = countRawSessionOutcomes(db, range);
  const rolled = prepared<[object], SessionOutcomeCounts>(db, COUNT_ROLLED_SESSION_OUTCOMES).get(withLocaleParams({ ...range, ...rollupDays(range) }));
  for (const outcome of sessionOutcomes) counts[outcome] += rolled?.[outcome] ?? 0;
  return counts;
}

export function emptyCounts(): SessionOutcomeCounts {
  return { self_served: 0, deflected_at_contact: 0, abandoned_contact: 0, contacted: 0 };
}

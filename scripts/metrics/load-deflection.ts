/**
 * Self-service deflection for the support dashboard, from the analytics
 * events pulled into the warehouse (`kb analytics pull`). It uses the
 * analytics service's own session outcomes, so the dashboard and the
 * analytics API agree: deflected = self-served sessions (an article view,
 * no contact) plus sessions that opened contact, clicked a suggested
 * article and did not submit.
 */
import { existsSync } from 'node:fs';
import { SESSION_OUTCOMES_CTE } from '../../analytics-api/db/session-outcomes-sql.ts';
import { withLocaleParams } from '../../analytics-api/db/locale-filter.ts';
import { prepared } from '../../analytics-api/db/statement-cache.ts';
import { openWarehouse, type Warehouse } from '../warehouse/open-warehouse.ts';
import type { DeflectionFigure } from './period-figures.ts';
import { percent } from './percentile.ts';
import type { ReportPeriod } from './report-period.ts';

const COUNT = `WITH ${SESSION_OUTCOMES_CTE}
SELECT COALESCE(SUM(outcome IN ('self_served', 'deflected_at_contact')), 0) AS deflected, COUNT(*) AS sessions
FROM session_outcomes WHERE outcome IS NOT NULL`;

export const DEFLECTION_METHOD =
  'sessions that viewed an article and never opened contact, plus sessions that opened contact, clicked a suggested article and did not submit, ' +
  'divided by every session with an article view or a contact event (analytics events pulled into the warehouse).';

/** Deflection per period from an open warehouse; null for a period without analytics sessions. */
export function createDeflectionReader(db: Warehouse): (period: ReportPeriod) => DeflectionFigure | null {
  const cache = new Map<string, DeflectionFigure | null>();
  return (period) => {
    const key = `${period.from}-${period.to}`;
    if (cache.has(key)) return cache.get(key)!;
    // Every locale: the dashboard's deflection is the help center's.
    const row = prepared<[object], { deflected: number; sessions: number }>(db, COUNT).get(withLocaleParams({ from: period.from, to: period.to }));
    const figure = !row || row.sessions === 0 ? null : { percent: percent(row.deflected, row.sessions), method: `${row.deflected} of ${row.sessions} sessions: ${DEFLECTION_METHOD}` };
    cache.set(key, figure);
    return figure;
  };
}

/** Deflection per period from the warehouse at `file` (read once per period, then closed); nothing when there is no warehouse. */
export function loadSupportDeflection(file: string): (period: ReportPeriod) => DeflectionFigure | null {
  if (!existsSync(file)) return () => null;
  const cache = new Map<string, DeflectionFigure | null>();
  return (period) => {
    const key = `${period.from}-${period.to}`;
    if (!cache.has(key)) {
      const db = openWarehouse(file);
      try {
        cache.set(key, createDeflectionReader(db)(period));
      } finally {
        db.close();
      }
    }
    return cache.get(key)!;
  };
}

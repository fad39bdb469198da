/**
 * Claims up to `limit` requests that are due: pending ones whose next
 * attempt has come, and ones another worker claimed but whose claim ran
 * out (it was killed mid-send). A claim counts as an attempt and holds the
 * row until `leaseMs` from now; one statement, so two workers never claim
 * the same row.
 */
import type { Database } from 'better-sqlite3';
import { prepared } from '../db/statement-cache.ts';
import type { ContactRequestRow } from './contact-request-row.ts';

const CLAIM = `
  UPDATE contact_requests
  SET status = 'sending', attempts = attempts + 1, claimed_until = ?
  WHERE id IN (
    SELECT id FROM contact_requests
    WHERE status IN ('pending', 'sending') AND next_attempt_at <= ? AND (status = 'pending' OR claimed_until <= ?)
    ORDER BY next_attempt_at
    LIMIT ?
  )
  RETURNING *`;

export function claimDueDeliveries(db: Database, options: { now: number; limit: number; leaseMs: number }): ContactRequestRow[] {
  const { now, limit, leaseMs } = options;
  return prepared<[number, number, number, number], ContactRequestRow>(db, CLAIM).all(now + leaseMs, now, now, limit);
}

/** When the next request falls due (a pending one's next attempt, or a claim running out), or undefined when none waits. Two index lookups, however long the queue. */
export function nextDueTime(db: Database): number | undefined {
  // The IN matches the partial index, so this walks it in order and skips the few rows being sent.
  const pending = prepared<[], { due: number }>(db, `SELECT next_attempt_at AS due FROM contact_requests WHERE status IN ('pending', 'sending') AND status = 'pending' ORDER BY next_attempt_at LIMIT 1`).get()?.due ?? null;
  const claims = prepared<[], { due: number | null }>(db, `SELECT min(claimed_until) AS due FROM contact_requests WHERE status = 'sending'`).get()?.due ?? null;
  const times = [pending, claims].filter((t): t is number => t !== null);
  return times.length === 0 ? undefined : Math.min(...times);
}

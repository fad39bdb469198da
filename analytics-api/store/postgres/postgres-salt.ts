/**
 * The daily visitor-hash salt on PostgreSQL, shared by every instance: the
 * first instance to need the day's salt inserts 256 random bits, the others
 * read that row, so one browser gets one visitor hash whichever instance it
 * reaches. Salts of earlier days are deleted whenever one is read and by
 * `maintain`, so a salt is not kept past its day (a day ended while no
 * instance ran is deleted at the next start).
 */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { utcDate } from '../../db/utc-day.ts';

/** The salt of the day starting at `dayStart`, created when no instance has made it yet. */
export async function dailySaltPostgres(pool: pg.Pool, dayStart: number): Promise<string> {
  const day = utcDate(dayStart);
  await pool.query('INSERT INTO daily_salts (day, salt) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING', [day, randomBytes(32).toString('base64')]);
  // A new statement, so it sees the row another instance may have committed first.
  const result = await pool.query<{ salt: string }>('SELECT salt FROM daily_salts WHERE day = $1', [day]);
  await deleteOldSalts(pool, dayStart);
  const salt = result.rows[0]?.salt;
  if (salt === undefined) throw new Error(`the salt of ${day} was deleted while it was read`);
  return salt;
}

/** Deletes the salts of days before the one starting at `dayStart`. */
export async function deleteOldSalts(pool: pg.Pool, dayStart: number): Promise<void> {
  await pool.query('DELETE FROM daily_salts WHERE day < $1', [utcDate(dayStart)]);
}

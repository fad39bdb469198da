/**
 * The secret behind the daily hashes: 256 random bits that live only in
 * memory and are replaced at 00:00 UTC, so a hash links events within one
 * day and never across days (nor across a restart).
 */
import { randomBytes } from 'node:crypto';
import { utcDayStart } from '../db/utc-day.ts';

/** The salt of the UTC day holding `now`. */
export type DailySalt = (now: number) => string;

export function createDailySalt(): DailySalt {
  let saltDay = Number.NaN;
  let salt = '';
  return (now) => {
    const day = utcDayStart(now);
    if (day !== saltDay) {
      saltDay = day;
      salt = randomBytes(32).toString('base64');
    }
    return salt;
  };
}

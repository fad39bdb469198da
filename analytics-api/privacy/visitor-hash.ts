/**
 * The daily visitor hash: SHA-256 over (salt, site, IP address, user agent)
 * with a random 256-bit salt that lives only in memory and is replaced at
 * 00:00 UTC. Within a day the same browser gets the same hash (unique
 * visitors, one vote per day); across days, or after a restart, it cannot
 * be linked, and the IP and user agent are never stored.
 */
import { hash, randomBytes } from 'node:crypto';
import { utcDayStart } from '../db/utc-day.ts';

export type VisitorHasher = (ip: string, userAgent: string, now: number) => string;

/** Returns a hasher for `site` (the help center's URL) with its own salt schedule. */
export function createVisitorHasher(site: string): VisitorHasher {
  let saltDay = Number.NaN;
  let salt = '';
  return (ip, userAgent, now) => {
    const day = utcDayStart(now);
    if (day !== saltDay) {
      saltDay = day;
      salt = randomBytes(32).toString('base64');
    }
    // 22 base64url characters (132 bits): collisions are negligible at any help center's traffic.
    return hash('sha256', `${salt}\n${site}\n${ip}\n${userAgent}`, 'base64url').slice(0, 22);
  };
}

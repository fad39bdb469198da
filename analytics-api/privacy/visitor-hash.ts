/**
 * The daily visitor hash: SHA-256 over (salt, site, IP address, user agent)
 * with the daily salt (`daily-salt.ts`). Within a day the same browser gets
 * the same hash (unique visitors); across days, or after a restart, it
 * cannot be linked, and the IP and user agent are never stored.
 */
import { hash } from 'node:crypto';
import { createDailySalt, type DailySalt } from './daily-salt.ts';

export type VisitorHasher = (ip: string, userAgent: string, now: number) => string;

/** Returns a hasher for `site` (the help center's URL); `salt` is shared with the vote key. */
export function createVisitorHasher(site: string, salt: DailySalt = createDailySalt()): VisitorHasher {
  return (ip, userAgent, now) =>
    // 22 base64url characters (132 bits): collisions are negligible at any help center's traffic.
    hash('sha256', `${salt(now)}\n${site}\n${ip}\n${userAgent}`, 'base64url').slice(0, 22);
}

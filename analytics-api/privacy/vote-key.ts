/**
 * The key votes are de-duplicated by: SHA-256 over (daily salt, site, the
 * client's address key, article). The user agent is left out on purpose: a
 * script cannot vote 30 times by sending 30 browsers' names, and one
 * address (an office behind one router too) gets one vote per article per
 * day. The visitor hash, which does include the user agent, is not changed
 * by this, so the `visitors` figures stay as they were.
 */
import { hash } from 'node:crypto';
import { clientKey } from './client-key.ts';
import type { DailySalt } from './daily-salt.ts';

export type VoteKeyer = (ip: string, article: string, now: number) => string;

export function createVoteKeyer(site: string, salt: DailySalt): VoteKeyer {
  return (ip, article, now) => hash('sha256', `${salt(now)}\nvote\n${site}\n${clientKey(ip)}\n${article}`, 'base64url').slice(0, 22);
}

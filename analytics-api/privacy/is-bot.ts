/**
 * Bots and crawlers, recognised by user agent with the `isbot` list. A
 * request without a user agent is treated as a bot: every browser sends one.
 * Verdicts are cached per user agent (a site sees a few hundred distinct
 * ones a day), since the list is one large regular expression.
 */
import { isbot } from 'isbot';

const CACHE_SIZE = 2000;
const verdicts = new Map<string, boolean>();

export function isBot(userAgent: string | undefined): boolean {
  if (userAgent === undefined || userAgent.trim() === '') return true;
  let verdict = verdicts.get(userAgent);
  if (verdict === undefined) {
    verdict = isbot(userAgent);
    if (verdicts.size >= CACHE_SIZE) verdicts.clear();
    verdicts.set(userAgent, verdict);
  }
  return verdict;
}

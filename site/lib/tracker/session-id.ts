/**
 * The anonymous session id: random, one per browser tab, kept in
 * sessionStorage so it dies with the tab. Never a cookie, never derived from
 * anything about the person.
 */
import { randomId } from './random-id.ts';

const STORAGE_KEY = 'kb-analytics-session';
const VALID_ID = /^[\w-]{8,64}$/;

let pageOnlyId: string | undefined;

/** Returns this tab's session id, creating it on first use. */
export function sessionId(): string {
  try {
    const stored = sessionStorage.getItem(STORAGE_KEY);
    if (stored !== null && VALID_ID.test(stored)) return stored;
    const id = randomId();
    sessionStorage.setItem(STORAGE_KEY, id);
    return id;
  } catch {
    // Storage can be switched off (privacy modes, sandboxed frames): fall back
    // to one id for the life of this page rather than failing.
    pageOnlyId ??= randomId();
    return pageOnlyId;
  }
}


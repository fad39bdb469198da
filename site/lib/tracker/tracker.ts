/**
 * The page's event queue: `initTracker` says where events go, `track`
 * queues one, and the queue is sent in batches after a short delay, when it
 * is full, and when the page is hidden or closed. Nothing here throws.
 */
import { MAX_COMMENT_LENGTH, MAX_EVENTS_PER_BATCH, MAX_QUERY_LENGTH } from '../../../analytics-api/events/event-limits.ts';
import { clampText } from './clamp-text.ts';
import { randomId } from './random-id.ts';
import { readEndpoint } from './read-endpoint.ts';
import { sendBatch } from './send-batch.ts';
import { sessionId } from './session-id.ts';
import type { AnalyticsEvent, TrackerEvent } from './tracker-event.ts';

/** Options of `initTracker`. */
export interface TrackerOptions {
  /** Where to post events, or `false` to make no requests at all. Default: the `kb-analytics` meta tag; none means false. */
  endpoint?: string | false;
  /** How long events wait to be batched before they are sent, in ms (default 1000). */
  flushMs?: number;
  /** How long a search query must stand still to count as the end of a search burst, in ms (default 1500). */
  searchSettleMs?: number;
}

/** Events tracked before `initTracker` runs are kept, up to this many, and sent once it does. */
const EARLY_EVENTS = 100;

/** Settings read by the other tracker modules. */
export const trackerSettings = { flushMs: 1000, searchSettleMs: 1500 };

let endpoint: string | false | undefined;
let queue: AnalyticsEvent[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
let listening = false;
const beforeFlush: Array<() => void> = [];

/** Sets where events go and starts sending. Safe to call more than once. */
export function initTracker(options: TrackerOptions = {}): void {
  try {
    endpoint = options.endpoint === undefined ? readEndpoint() : options.endpoint;
    trackerSettings.flushMs = options.flushMs ?? trackerSettings.flushMs;
    trackerSettings.searchSettleMs = options.searchSettleMs ?? trackerSettings.searchSettleMs;
    if (endpoint === false) {
      queue = [];
      return;
    }
    if (!listening) {
      listening = true;
      addEventListener('pagehide', flush);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'hidden') flush();
      });
    }
    schedule();
  } catch {
    endpoint = false;
  }
}

/**
 * Queues one event; the tracker adds the session id, the time, a random
 * `event_id`, so a batch delivered twice (a beacon retried by the browser, a
 * request repeated after a timeout) is stored once, and the page's locale
 * (its `<html lang>`), so the reports split by language.
 */
export function track(event: TrackerEvent): void {
  try {
    if (endpoint === false || (endpoint === undefined && queue.length >= EARLY_EVENTS)) return;
    const full = { ...event, session: sessionId(), ts: Date.now(), event_id: randomId(), ...pageLocale() } as AnalyticsEvent;
    if ('query' in full) {
      full.query = clampText(full.query, MAX_QUERY_LENGTH);
      // An empty query would make the API refuse the whole batch.
      if (full.query === '') return;
    }
    if ('comment' in full && full.comment !== undefined) full.comment = clampText(full.comment, MAX_COMMENT_LENGTH);
    queue.push(full);
    schedule();
  } catch {
    // Never let analytics break the page.
  }
}

/**
 * Sends everything now, including a search that has not settled yet. Runs
 * when the page is hidden or closed; call it before navigating away on
 * purpose (e.g. after the contact form is submitted).
 */
export function flush(): void {
  if (typeof endpoint !== 'string') return;
  for (const hook of beforeFlush) hook();
  sendQueued();
}

/** Runs `hook` when the page flushes before leaving, so pending work (a settling search) is not lost. */
export function onFlush(hook: () => void): void {
  beforeFlush.push(hook);
}

// The batching timer sends only what is queued: a search still being typed must not be cut short by it.
function sendQueued(): void {
  clearTimeout(timer);
  timer = undefined;
  if (typeof endpoint !== 'string') return;
  const batch = queue;
  queue = [];
  if (batch.length > 0) sendBatch(endpoint, batch);
}

function schedule(): void {
  if (typeof endpoint !== 'string') return;
  if (queue.length >= MAX_EVENTS_PER_BATCH) sendQueued();
  else if (timer === undefined && queue.length > 0) timer = setTimeout(sendQueued, trackerSettings.flushMs);
}

/** `{ locale }` from the page's `<html lang>` when it is a bare ISO 639-1 code (what the site renders), else nothing. */
function pageLocale(): { locale?: string } {
  const lang = document.documentElement?.lang ?? '';
  return /^[a-z]{2}$/.test(lang) ? { locale: lang } : {};
}

/**
 * The per-client daily event budget (`analytics.rate_limit.events_per_day`):
 * how many events one client (address, IPv6 /64) may have stored per UTC
 * day. A batch that would go over it is refused whole with 429 and a
 * `Retry-After` that runs to the next 00:00 UTC. Counts live in memory and
 * start again each day; the rate limit per minute still applies on top.
 */
import { ApiError } from '../http/api-error.ts';
import { clientKey } from '../privacy/client-key.ts';
import { DAY_MS, utcDayStart } from '../db/utc-day.ts';

/** Takes and gives back events of a client's daily budget. */
export interface DailyBudget {
  /** Counts `events` for the client at `ip`, or throws a 429 `ApiError` when they do not fit in today's budget. */
  take(ip: string, events: number, now: number): void;
  /** Returns events that were counted but could not be stored. */
  giveBack(ip: string, events: number): void;
}

export function createDailyBudget(eventsPerDay: number): DailyBudget {
  let day = Number.NaN;
  let used = new Map<string, number>();
  return {
    take(ip, events, now) {
      const today = utcDayStart(now);
      if (today !== day) {
        day = today;
        used = new Map();
      }
      const key = clientKey(ip);
      const count = used.get(key) ?? 0;
      if (count + events > eventsPerDay) {
        const seconds = Math.max(1, Math.ceil((today + DAY_MS - now) / 1000));
        throw new ApiError(
          429,
          'daily_limit_reached',
          `This client has sent its ${eventsPerDay} events for today (${count} stored): events are accepted again after 00:00 UTC, in ${seconds} s.`,
          { 'Retry-After': String(seconds) },
        );
      }
      used.set(key, count + events);
    },
    giveBack(ip, events) {
      const key = clientKey(ip);
      const count = used.get(key);
      if (count !== undefined) used.set(key, Math.max(0, count - events));
    },
  };
}

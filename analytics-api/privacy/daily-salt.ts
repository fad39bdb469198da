/**
 * The secret behind the daily hashes: 256 random bits per UTC day, replaced
 * at 00:00 UTC, so a hash links events within one day and never across
 * days. Where it comes from is the store's business (`SaltSource`): SQLite
 * keeps it in this process's memory only (a restart starts a new one);
 * PostgreSQL keeps one row for the current day that every instance reads,
 * so all instances hash a visitor alike, and deletes it when the day ends.
 * This cache asks the source once per day; `ready` is the only part that
 * can wait, so hashing itself stays synchronous.
 */
import { randomBytes } from 'node:crypto';
import { utcDayStart } from '../db/utc-day.ts';
import type { SaltSource } from '../store/analytics-store.ts';

/** The salt of the UTC day holding `now`; `ready(now)` must have settled for that day first. */
export interface DailySalt {
  (now: number): string;
  /** Loads the salt of the day holding `now` when it is not loaded yet; undefined when there is nothing to wait for. */
  ready(now: number): Promise<void> | undefined;
}

const memorySource: SaltSource = { saltFor: () => randomBytes(32).toString('base64') };

export function createDailySalt(source: SaltSource = memorySource): DailySalt {
  let saltDay = Number.NaN;
  let salt = '';
  let loading: { day: number; promise: Promise<void> } | undefined;
  const take = (day: number, value: string) => {
    saltDay = day;
    salt = value;
  };
  const ready = (now: number): Promise<void> | undefined => {
    const day = utcDayStart(now);
    if (day === saltDay) return undefined;
    if (loading?.day === day) return loading.promise;
    const value = source.saltFor(day);
    if (typeof value === 'string') {
      take(day, value);
      return undefined;
    }
    const promise = value.then((loaded) => take(day, loaded));
    loading = { day, promise };
    void promise.then(
      () => {
        if (loading?.promise === promise) loading = undefined;
      },
      () => {
        if (loading?.promise === promise) loading = undefined;
      },
    );
    return promise;
  };
  const get = ((now: number) => {
    const day = utcDayStart(now);
    if (day !== saltDay) {
      const pending = ready(now);
      // A synchronous source has loaded it now; an asynchronous one must be awaited with ready() first.
      if (pending !== undefined || day !== saltDay) throw new Error(`the visitor-hash salt of ${new Date(day).toISOString().slice(0, 10)} is not loaded yet: await salt.ready(now) first`);
    }
    return salt;
  }) as DailySalt;
  get.ready = ready;
  return get;
}

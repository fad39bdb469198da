/**
 * Group commit. Requests hand their events to the writer and wait; at the
 * end of the current event-loop turn (setImmediate) everything queued so far
 * is written in one transaction and every waiting request is released. A
 * request is answered 2xx only after its events are committed, so a crash
 * or kill -9 can lose unanswered requests but never acknowledged ones.
 *
 * Under load, all requests parsed in one turn share a commit, so the cost of
 * a commit is spread over many events; when idle, an event waits well under
 * a millisecond. If a group fails, each request is retried alone so one bad
 * request cannot fail the others — unless the database is unreachable, when
 * the whole group fails at once.
 *
 * The store commits synchronously (SQLite) or asynchronously (PostgreSQL).
 * An asynchronous engine has one commit in flight at a time: what arrives
 * meanwhile waits for the next one, so groups grow with the round trip; it
 * may also keep a group open a little longer (`commitWindowMs`), so
 * requests released by one commit come back in time for the next.
 */
import type { Database } from 'better-sqlite3';
import type { GroupCommitter } from '../store/analytics-store.ts';
import { sqliteStore } from '../store/sqlite-store.ts';
import type { EventRow } from './event-row.ts';
import type { DropReason, DroppedCount } from './save-dropped-counts.ts';

/** The write side of the API. */
export interface EventWriter {
  /** Stores `rows`; resolves once they are committed, rejects if they could not be. */
  write(rows: readonly EventRow[]): Promise<void>;
  /** Counts a request that was answered but not stored; written with the next commit. */
  countDropped(day: string, reason: DropReason, events: number): void;
  /** Starts a commit of everything queued now (synchronous engines finish it before returning). */
  flush(): void;
  /** Commits what is queued, waits for commits in flight, and refuses further writes. */
  close(): Promise<void>;
  /** Requests waiting for a commit. */
  readonly pending: number;
}

/** The writer was closed (the server is shutting down). */
export class WriterClosedError extends Error {
  constructor() {
    super('the analytics database is closing');
    this.name = 'WriterClosedError';
  }
}

interface PendingWrite {
  rows: readonly EventRow[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

export interface EventWriterOptions {
  /** Called when a commit fails, for the server log. */
  onError?: (error: unknown) => void;
  /** Called after each group: with nothing when it committed, with the error when none of it could be (health reads it). */
  onOutcome?: (error?: unknown) => void;
}

/** A writer on a store's committer (or, for scripts and tests, straight on a SQLite connection). */
export function createEventWriter(target: GroupCommitter | Database, options: EventWriterOptions = {}): EventWriter {
  const store: GroupCommitter = 'prepare' in target ? sqliteStore(target) : target;
  let queue: PendingWrite[] = [];
  let dropped = new Map<string, DroppedCount>();
  let scheduled = false;
  let closed = false;
  let inFlight: Promise<void> | undefined;

  const windowMs = store.commitWindowMs ?? 0;
  function schedule(): void {
    if (scheduled || inFlight !== undefined) return;
    scheduled = true;
    if (windowMs > 0) setTimeout(flush, windowMs);
    else setImmediate(flush);
  }

  function flush(): void {
    scheduled = false;
    if (inFlight !== undefined) return;
    if (queue.length === 0 && dropped.size === 0) return;
    const writes = queue;
    const counts = [...dropped.values()];
    queue = [];
    dropped = new Map();
    let result: void | Promise<void>;
    try {
      result = store.commitGroup(
        writes.map((write) => write.rows),
        counts,
      );
    } catch (error) {
      retryEach(writes, error);
      return;
    }
    if (result === undefined) {
      committed(writes);
      return;
    }
    inFlight = result.then(
      () => committed(writes),
      (error: unknown) => retryEach(writes, error),
    );
    void inFlight.finally(() => {
      inFlight = undefined;
      if (queue.length > 0 || dropped.size > 0) schedule();
    });
  }

  function committed(writes: readonly PendingWrite[]): void {
    for (const write of writes) write.resolve();
    options.onOutcome?.();
  }

  // Dropped counts are best effort; events are retried one request at a time.
  function retryEach(writes: readonly PendingWrite[], groupError: unknown): void | Promise<void> {
    options.onError?.(groupError);
    if (writes.length <= 1 || store.isUnavailable?.(groupError)) {
      for (const write of writes) write.reject(groupError);
      options.onOutcome?.(writes.length === 0 ? undefined : groupError);
      return;
    }
    let lastError: unknown;
    let anyCommitted = false;
    const settle = () => options.onOutcome?.(anyCommitted || lastError === undefined ? undefined : lastError);
    const next = (index: number): void | Promise<void> => {
      for (let i = index; i < writes.length; i++) {
        const write = writes[i] as PendingWrite;
        let result: void | Promise<void>;
        try {
          result = store.commitOne(write.rows);
        } catch (error) {
          lastError = error;
          write.reject(error);
          continue;
        }
        if (result === undefined) {
          write.resolve();
          anyCommitted = true;
          continue;
        }
        return result.then(
          () => {
            write.resolve();
            anyCommitted = true;
            return next(i + 1);
          },
          (error: unknown) => {
            lastError = error;
            write.reject(error);
            return next(i + 1);
          },
        );
      }
      settle();
    };
    return next(0);
  }

  return {
    write(rows) {
      if (closed) return Promise.reject(new WriterClosedError());
      return new Promise<void>((resolve, reject) => {
        queue.push({ rows, resolve, reject });
        schedule();
      });
    },
    countDropped(day, reason, events) {
      if (closed) return;
      const key = `${day} ${reason}`;
      const count = dropped.get(key) ?? { day, reason, requests: 0, events: 0 };
      count.requests += 1;
      count.events += events;
      dropped.set(key, count);
      schedule();
    },
    flush,
    async close() {
      closed = true;
      // Commits in flight finish, then whatever queued behind them gets its own.
      while (inFlight !== undefined || queue.length > 0 || dropped.size > 0) {
        if (inFlight !== undefined) await inFlight.catch(() => {});
        else flush();
      }
    },
    get pending() {
      return queue.length;
    },
  };
}

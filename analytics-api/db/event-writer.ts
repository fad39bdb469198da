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
 * request cannot fail the others.
 */
import type { Database } from 'better-sqlite3';
import type { EventRow } from './event-row.ts';
import { saveDroppedCounts, type DropReason, type DroppedCount } from './save-dropped-counts.ts';
import { saveEvents } from './save-events.ts';

/** The write side of the API. */
export interface EventWriter {
  /** Stores `rows`; resolves once they are committed, rejects if they could not be. */
  write(rows: readonly EventRow[]): Promise<void>;
  /** Counts a request that was answered but not stored; written with the next commit. */
  countDropped(day: string, reason: DropReason, events: number): void;
  /** Commits everything queued now. */
  flush(): void;
  /** Commits what is queued and refuses further writes. */
  close(): void;
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

export function createEventWriter(db: Database, options: EventWriterOptions = {}): EventWriter {
  let queue: PendingWrite[] = [];
  let dropped = new Map<string, DroppedCount>();
  let scheduled = false;
  let closed = false;

  const commitGroup = db.transaction((writes: readonly PendingWrite[], counts: Iterable<DroppedCount>) => {
    for (const write of writes) saveEvents(db, write.rows);
    saveDroppedCounts(db, counts);
  });
  const commitOne = db.transaction((rows: readonly EventRow[]) => saveEvents(db, rows));

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  }

  function flush(): void {
    scheduled = false;
    if (queue.length === 0 && dropped.size === 0) return;
    const writes = queue;
    const counts = [...dropped.values()];
    queue = [];
    dropped = new Map();
    try {
      commitGroup.immediate(writes, counts);
      for (const write of writes) write.resolve();
      options.onOutcome?.();
      return;
    } catch (error) {
      options.onError?.(error);
    }
    // Dropped counts are best effort; events are retried one request at a time.
    let lastError: unknown;
    let committed = false;
    for (const write of writes) {
      try {
        commitOne.immediate(write.rows);
        write.resolve();
        committed = true;
      } catch (error) {
        lastError = error;
        write.reject(error);
      }
    }
    options.onOutcome?.(committed || lastError === undefined ? undefined : lastError);
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
    close() {
      flush();
      closed = true;
    },
    get pending() {
      return queue.length;
    },
  };
}

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEventWriter, WriterClosedError, type EventWriter } from '../../../analytics-api/db/event-writer.ts';
import type { EventRow } from '../../../analytics-api/db/event-row.ts';
import { viewRow } from '../../helpers/event-rows.ts';
import type { GroupCommitter } from '../../../analytics-api/store/analytics-store.ts';
import { createTempDb, type TempDb } from '../helpers/temp-db.ts';

let temp: TempDb;
let writer: EventWriter;
let reader: Database.Database;
const committed = () => reader.prepare('SELECT COUNT(*) FROM events').pluck().get() as number;

beforeEach(() => {
  temp = createTempDb();
  writer = createEventWriter(temp.db);
  // A second connection sees only committed rows.
  reader = new Database(temp.file, { readonly: true });
});
afterEach(() => {
  reader.close();
  temp.close();
});

describe('createEventWriter (group commit)', () => {
  it('commits the writes of one event-loop turn together and resolves each after the commit', async () => {
    const resolvedWith: number[] = [];
    const writes = Array.from({ length: 20 }, (_, i) =>
      writer.write([viewRow(1000 + i)]).then(() => resolvedWith.push(committed())),
    );
    // Nothing is visible before the turn ends: the writes are queued, not committed one by one.
    expect(committed()).toBe(0);
    expect(writer.pending).toBe(20);
    await Promise.all(writes);
    // Every write saw all 20 rows committed when it was released: one transaction for the group.
    expect(resolvedWith).toEqual(Array.from({ length: 20 }, () => 20));
    expect(writer.pending).toBe(0);
  });

  it('flushes within one turn when idle', async () => {
    const started = performance.now();
    await writer.write([viewRow(1)]);
    expect(performance.now() - started).toBeLessThan(20);
    expect(committed()).toBe(1);
  });

  it('retries a failed group one request at a time, so one bad request fails alone', async () => {
    const errors: unknown[] = [];
    writer = createEventWriter(temp.db, { onError: (error) => errors.push(error) });
    const bad = { ...viewRow(2), type: null } as unknown as EventRow;
    const results = await Promise.allSettled([writer.write([viewRow(1)]), writer.write([viewRow(2), bad]), writer.write([viewRow(3)])]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(errors).toHaveLength(1);
    // The bad request's good row was rolled back with it.
    expect(reader.prepare('SELECT received_at FROM events ORDER BY id').pluck().all()).toEqual([1, 3]);
  });

  it('adds dropped counts per day and reason with the next commit', async () => {
    writer.countDropped('2025-11-20', 'bot', 3);
    writer.countDropped('2025-11-20', 'bot', 1);
    writer.countDropped('2025-11-20', 'dnt', 2);
    await writer.write([viewRow(1)]);
    writer.countDropped('2025-11-20', 'bot', 5);
    await new Promise((resolve) => setImmediate(resolve));
    expect(reader.prepare('SELECT day, reason, requests, events FROM daily_dropped_counts ORDER BY reason').all()).toEqual([
      { day: '2025-11-20', reason: 'bot', requests: 3, events: 9 },
      { day: '2025-11-20', reason: 'dnt', requests: 1, events: 2 },
    ]);
  });

  it('commits what is queued on close and refuses writes after it', async () => {
    const pending = writer.write([viewRow(1)]);
    writer.close();
    await pending;
    expect(committed()).toBe(1);
    await expect(writer.write([viewRow(2)])).rejects.toBeInstanceOf(WriterClosedError);
  });
  it('keeps a group open for the committer\'s window, so requests of later turns join the same commit', async () => {
    vi.useFakeTimers();
    try {
      const groups: number[] = [];
      const committer: GroupCommitter = {
        commitGroup: async (writes) => {
          groups.push(writes.length);
        },
        commitOne: async () => {},
        commitWindowMs: 5,
      };
      const windowed = createEventWriter(committer);
      const first = windowed.write([viewRow(1)]);
      await vi.advanceTimersByTimeAsync(3);
      // Still open after a later turn: nothing committed yet, the next request joins.
      expect(groups).toEqual([]);
      const second = windowed.write([viewRow(2)]);
      await vi.advanceTimersByTimeAsync(5);
      await Promise.all([first, second]);
      expect(groups).toEqual([2]);
      // The next request opens a window of its own.
      const third = windowed.write([viewRow(3)]);
      await vi.advanceTimersByTimeAsync(5);
      await third;
      expect(groups).toEqual([2, 1]);
    } finally {
      vi.useRealTimers();
    }
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventRow } from '../../../analytics-api/db/event-row.ts';
import { listEvents } from '../../../analytics-api/db/list-events.ts';
import type { Database } from '../../../analytics-api/db/open-database.ts';
import { saveEvents } from '../../../analytics-api/db/save-events.ts';
import { viewRow } from '../../helpers/event-rows.ts';
import { createTempDb, type TempDb } from '../helpers/temp-db.ts';

let temp: TempDb;
let db: Database;

const row = (i: number, receivedAt: number): EventRow => viewRow(receivedAt, { session: `session-${i}`, article: `article-${i}` });

beforeEach(() => {
  temp = createTempDb();
  db = temp.db;
  // 2500 events, one per second from t0.
  db.transaction(() => saveEvents(db, Array.from({ length: 2500 }, (_, i) => row(i, 1_000_000 + i * 1000))))();
});
afterEach(() => temp.close());

describe('listEvents', () => {
  it('yields every event in id order across pages', () => {
    const ids = [...listEvents(db, { pageSize: 700 })].map((event) => event.id);
    expect(ids).toEqual(Array.from({ length: 2500 }, (_, i) => i + 1));
  });

  it('filters by sinceId, from and to (from inclusive, to exclusive)', () => {
    expect([...listEvents(db, { sinceId: 2497 })].map((event) => event.id)).toEqual([2498, 2499, 2500]);
    expect([...listEvents(db, { from: 1_000_000 + 10_000, to: 1_000_000 + 13_000 })].map((event) => event.id)).toEqual([11, 12, 13]);
    expect([...listEvents(db, { sinceId: 11, from: 1_000_000 + 10_000, to: 1_000_000 + 13_000 })].map((event) => event.id)).toEqual([12, 13]);
    expect([...listEvents(db, { from: 9_000_000_000 })]).toEqual([]);
  });

  it('lets the connection keep writing between rows', () => {
    const seen: number[] = [];
    for (const event of listEvents(db, { pageSize: 100 })) {
      seen.push(event.id);
      if (event.id === 50) db.transaction(() => saveEvents(db, [row(9999, 9_000_000)]))();
    }
    expect(seen).toHaveLength(2501);
  });

  it('returns rows with the contract columns', () => {
    const [first] = listEvents(db);
    expect(first).toEqual({ id: 1, ...row(0, 1_000_000) });
  });
});

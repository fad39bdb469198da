import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventRow } from '../../../analytics-api/db/event-row.ts';
import { listEvents } from '../../../analytics-api/db/list-events.ts';
import { openDatabase, type Database } from '../../../analytics-api/db/open-database.ts';
import { saveEvents } from '../../../analytics-api/db/save-events.ts';

let dir: string;
let db: Database;

const row = (i: number, receivedAt: number): EventRow => ({
  type: 'view',
  session: `session-${i}`,
  visitor: 'visitor-hash-000000000',
  ts: receivedAt,
  received_at: receivedAt,
  article: `article-${i}`,
  vote: null,
  reason: null,
  comment: null,
  query: null,
  results: null,
  position: null,
});

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-list-events-'));
  db = openDatabase(path.join(dir, 'analytics.db'));
  // 2500 events, one per second from t0.
  db.transaction(() => saveEvents(db, Array.from({ length: 2500 }, (_, i) => row(i, 1_000_000 + i * 1000))))();
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

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

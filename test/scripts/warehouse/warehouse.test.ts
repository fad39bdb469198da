import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ticketSchema } from '../../../scripts/tickets/ticket-schema.ts';
import { migrations } from '../../../scripts/warehouse/migrations.ts';
import { countArticleViews } from '../../../scripts/warehouse/count-article-views.ts';
import { countArticleVotes, helpfulShare } from '../../../scripts/warehouse/count-article-votes.ts';
import { countSearchesByHour } from '../../../scripts/warehouse/count-searches-by-hour.ts';
import { getPullCursor, savePullCursor } from '../../../scripts/warehouse/event-pulls.ts';
import { listDownVoteComments } from '../../../scripts/warehouse/list-down-vote-comments.ts';
import { countTickets, listTickets } from '../../../scripts/warehouse/list-tickets.ts';
import { listWarehouseEvents } from '../../../scripts/warehouse/list-warehouse-events.ts';
import { listZeroResultSearches } from '../../../scripts/warehouse/list-zero-result-searches.ts';
import { openWarehouse, type Warehouse } from '../../../scripts/warehouse/open-warehouse.ts';
import { saveTickets } from '../../../scripts/warehouse/save-tickets.ts';
import { saveWarehouseEvents } from '../../../scripts/warehouse/save-warehouse-events.ts';
import type { WarehouseEvent } from '../../../scripts/warehouse/warehouse-event.ts';

let dir: string;
let file: string;
let db: Warehouse;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-wh-'));
  file = path.join(dir, 'nested', 'kb.db');
  db = openWarehouse(file);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const ticket = (id: string, created_at: string, extra: Record<string, unknown> = {}) => ticketSchema.parse({ id, created_at, ...extra });

describe('openWarehouse', () => {
  it('creates the file and folder, uses WAL and records the schema version', () => {
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['event_pulls', 'events', 'ticket_pulls', 'tickets']);
  });

  it('opens an existing warehouse without migrating it again, and refuses a newer one', () => {
    saveTickets(db, [ticket('1', '2026-03-01T10:00:00Z')]);
    db.close();
    db = openWarehouse(file);
    expect(countTickets(db)).toBe(1);
    db.close();
    const raw = new Database(file);
    raw.pragma('user_version = 9');
    raw.close();
    expect(() => openWarehouse(file)).toThrow(new RegExp(`schema version 9, newer than this tool knows \\(${migrations.length}\\)`));
    db = openWarehouse(path.join(dir, 'other.db'));
  });
});

describe('tickets', () => {
  it('upserts by id and counts new and updated tickets', () => {
    expect(saveTickets(db, [ticket('a', '2026-03-01T10:00:00Z'), ticket('b', '2026-03-02T10:00:00Z')])).toEqual({ inserted: 2, updated: 0, older: 0 });
    expect(saveTickets(db, [ticket('a', '2026-03-01T10:00:00Z', { status: 'solved' }), ticket('c', '2026-03-03T10:00:00Z')])).toEqual({ inserted: 1, updated: 1, older: 0 });
    expect(countTickets(db)).toBe(3);
    expect(listTickets(db).find((t) => t.id === 'a')?.status).toBe('solved');
  });

  it('never replaces a ticket with an older version of it (by updated_at); a missing or equal one replaces it', () => {
    const at = (status: string, updated_at: string | null) => ticket('u', '2026-03-01T10:00:00Z', { status, updated_at });
    saveTickets(db, [at('solved', '2026-03-05T10:00:00Z')]);
    expect(saveTickets(db, [at('open', '2026-03-02T10:00:00+01:00')])).toEqual({ inserted: 0, updated: 0, older: 1 });
    expect(listTickets(db)[0]).toMatchObject({ status: 'solved', updated_at: '2026-03-05T10:00:00Z' });
    // The same instant written with another offset is equal, not older.
    expect(saveTickets(db, [at('closed', '2026-03-05T11:00:00+01:00')])).toEqual({ inserted: 0, updated: 1, older: 0 });
    expect(saveTickets(db, [at('pending', null)])).toEqual({ inserted: 0, updated: 1, older: 0 });
    expect(listTickets(db)[0]?.status).toBe('pending');
    // Once the stored row has no updated_at, any version replaces it.
    expect(saveTickets(db, [at('open', '2026-03-01T12:00:00Z')])).toEqual({ inserted: 0, updated: 1, older: 0 });
  });

  it('lists [from, to) by instant, whatever offset the timestamps carry, oldest first', () => {
    saveTickets(db, [
      ticket('late-berlin', '2026-03-02T00:30:00+01:00'), // 2026-03-01T23:30Z
      ticket('early-ny', '2026-03-01T20:00:00-05:00'), // 2026-03-02T01:00Z
      ticket('before', '2026-02-28T23:59:59Z'),
      ticket('edge', '2026-03-03T00:00:00Z'),
    ]);
    const ids = listTickets(db, { from: '2026-03-01', to: '2026-03-03T00:00:00Z' }).map((t) => t.id);
    expect(ids).toEqual(['late-berlin', 'early-ny']);
    expect(countTickets(db, { from: '2026-03-01' })).toBe(3);
    expect(() => listTickets(db, { from: 'soon' })).toThrow(/"soon" is not a date/);
  });

  it('round-trips every field of the canonical model, in the schema order', () => {
    const full = ticketSchema.parse({
      id: 'z1', created_at: '2026-03-01T10:00:00+02:00', updated_at: '2026-03-02T08:00:00Z', first_reply_at: '2026-03-01T10:30:00+02:00',
      first_reply_minutes: 30.5, first_reply_business_minutes: 20, solved_at: '2026-03-01T12:00:00+02:00', first_resolution_minutes: 100,
      first_resolution_business_minutes: 90, full_resolution_minutes: 120, full_resolution_business_minutes: 95.5, requester_wait_minutes: 60,
      requester_wait_business_minutes: 50, status: 'solved', priority: 'P1', channel: 'email', subject: 'S', description: 'D',
      tags: ['x', 'y'], category: 'billing', requester_id: 'r', requester_email: 'r@x.example', organization: 'O', plan: 'pro',
      satisfaction: 4, satisfaction_offered: true, reopens: 1, replies: 3, article: 'reset-your-password', session: 'sess123',
    });
    saveTickets(db, [full, ticket('z2', '2026-03-01T11:00:00Z', { satisfaction: 'bad', satisfaction_offered: false, replies: null, reopens: null })]);
    const [first, second] = listTickets(db);
    expect(first).toEqual(full);
    expect(Object.keys(first!)).toEqual(Object.keys(ticketSchema.shape));
    expect(second).toMatchObject({ satisfaction: 'bad', satisfaction_offered: false, replies: null, reopens: null });
  });

  it('migrates a warehouse of the first schema, keeping its tickets', () => {
    db.close();
    const old = path.join(dir, 'v1.db');
    const raw = new Database(old);
    raw.exec(migrations[0]!);
    raw.pragma('user_version = 1');
    raw
      .prepare(
        `INSERT INTO tickets (id, created_at, created_ms, first_reply_at, first_reply_minutes, solved_at, status, priority, channel, subject, description, tags, category,
          requester_id, requester_email, organization, plan, satisfaction, reopens, replies, article, session, source, imported_at)
         VALUES ('old', '2026-03-01T10:00:00Z', ?, NULL, 15, NULL, 'open', 'high', 'email', 'S', 'D', '["a"]', NULL, NULL, NULL, NULL, NULL, '5', 0, 2, NULL, NULL, 'zendesk-csv', 'x')`,
      )
      .run(Date.parse('2026-03-01T10:00:00Z'));
    raw.close();
    db = openWarehouse(old);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(listTickets(db)[0]).toMatchObject({ id: 'old', first_reply_minutes: 15, priority: 'high', satisfaction: 5, replies: 2, updated_at: null, full_resolution_minutes: null });
  });
});

describe('events', () => {
  const event = (id: number, ts: number, extra: Partial<WarehouseEvent>): WarehouseEvent => ({
    id, type: 'view', session: `s${id}`, visitor: `v${id % 3}`, ts, received_at: ts + 10, article: null, vote: null, reason: null, comment: null, query: null, results: null, position: null, ...extra,
  });
  const day = Date.parse('2026-03-02T00:00:00Z');
  const events = [
    event(1, day + 1000, { article: 'a' }),
    event(2, day + 2000, { article: 'a' }),
    event(3, day + 3000, { article: 'b' }),
    event(4, day + 4000, { type: 'vote', article: 'a', vote: 'up' }),
    event(5, day + 5000, { type: 'vote', article: 'a', vote: 'down', reason: 'unclear', comment: 'Step 2 is wrong' }),
    event(6, day + 6000, { type: 'vote', article: 'a', vote: 'down' }),
    event(7, day + 3_600_000, { type: 'search', query: 'Dark  Mode ', results: 0 }),
    event(8, day + 3_700_000, { type: 'search', query: 'dark mode', results: 0 }),
    event(9, day + 3_800_000, { type: 'search', query: 'invite', results: 3 }),
    event(10, day + 86_400_000, { article: 'a' }),
  ];

  it('stores events once by id and lists them by time', () => {
    expect(saveWarehouseEvents(db, events)).toEqual({ inserted: 10, skipped: 0 });
    expect(saveWarehouseEvents(db, events.slice(0, 4))).toEqual({ inserted: 0, skipped: 4 });
    const listed = listWarehouseEvents(db, { from: day, to: day + 86_400_000 });
    expect(listed.map((e) => e.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(listed[4]).toEqual({ ...events[4], locale: null });
  });

  it('aggregates views, votes, comments, zero-result queries and hourly searches for a period', () => {
    saveWarehouseEvents(db, events);
    const period = { from: day, to: day + 86_400_000 };
    expect([...countArticleViews(db, period)]).toEqual([['a', 2], ['b', 1]]);
    const votes = countArticleVotes(db, period).get('a');
    expect(votes).toEqual({ up: 1, down: 2 });
    expect(helpfulShare(votes)).toBeCloseTo(1 / 3);
    expect(helpfulShare(undefined)).toBeNull();
    expect(listDownVoteComments(db, period)).toEqual([{ article: 'a', reason: 'unclear', comment: 'Step 2 is wrong', ts: day + 5000 }]);
    expect(listZeroResultSearches(db, period)).toEqual([{ query: 'dark mode', searches: 2 }]);
    expect(countSearchesByHour(db, period)).toEqual([{ hour: day + 3_600_000, searches: 3, zero_results: 2 }]);
  });

  it('remembers how far each source was pulled and never moves back', () => {
    expect(getPullCursor(db, 'db:/x')).toBe(0);
    savePullCursor(db, 'db:/x', 40);
    savePullCursor(db, 'db:/x', 12);
    expect(getPullCursor(db, 'db:/x')).toBe(40);
    expect(getPullCursor(db, 'url:https://h/api/export')).toBe(0);
  });
});

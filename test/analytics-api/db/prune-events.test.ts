import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countPrunableEvents, pruneEvents, retentionCutoff } from '../../../analytics-api/db/prune-events.ts';
import { saveEvents } from '../../../analytics-api/db/save-events.ts';
import { viewRow } from '../../helpers/event-rows.ts';
import { createTempDb, type TempDb } from '../helpers/temp-db.ts';

let temp: TempDb;
beforeEach(() => {
  temp = createTempDb();
});
afterEach(() => temp.close());

const at = (iso: string) => Date.parse(iso);

describe('retentionCutoff', () => {
  it('is the start of the UTC day the given number of months back', () => {
    expect(new Date(retentionCutoff(at('2027-01-20T15:30:00Z'), 13)).toISOString()).toBe('2025-12-20T00:00:00.000Z');
    // Month ends clamp instead of spilling into the next month.
    expect(new Date(retentionCutoff(at('2026-03-31T08:00:00Z'), 1)).toISOString()).toBe('2026-02-28T00:00:00.000Z');
  });
});

describe('pruneEvents', () => {
  beforeEach(() => {
    const rows = [
      viewRow(at('2024-01-10T08:00:00Z'), { session: 'session-old-1', visitor: 'visitor-1' }),
      viewRow(at('2024-01-10T09:00:00Z'), { session: 'session-old-2', visitor: 'visitor-2' }),
      viewRow(at('2024-01-10T23:59:59Z'), { session: 'session-old-2', visitor: 'visitor-2', type: 'search', article: null, query: 'Refund', results: 0 }),
      viewRow(at('2024-01-10T10:00:00Z'), { session: 'session-old-1', visitor: 'visitor-1', type: 'search', article: null, query: 'refund', results: 0 }),
      viewRow(at('2024-01-11T10:00:00Z'), { session: 'session-old-3', visitor: 'visitor-3', type: 'search', article: null, query: 'refund', results: 0 }),
      viewRow(at('2025-06-01T10:00:00Z'), { session: 'session-new-1' }),
    ];
    temp.db.transaction(() => saveEvents(temp.db, rows))();
  });

  it('rolls whole days before the cutoff into the daily tables and deletes their raw events', () => {
    const days: string[] = [];
    const result = pruneEvents(temp.db, at('2025-01-01T00:00:00Z'), (day) => days.push(new Date(day).toISOString().slice(0, 10)));
    expect(result).toEqual({ before: at('2025-01-01T00:00:00Z'), days: 2, events: 5, walTruncated: true });
    expect(days).toEqual(['2024-01-10', '2024-01-11']);
    expect(temp.db.prepare('SELECT session FROM events').pluck().all()).toEqual(['session-new-1']);
    expect(temp.db.prepare('SELECT day, article, views, visitors, sessions, deflected_sessions FROM daily_article_stats').all()).toEqual([
      { day: '2024-01-10', article: 'reset-your-password', views: 2, visitors: 2, sessions: 2, deflected_sessions: 2 },
    ]);
    expect(temp.db.prepare('SELECT day, query, searches, zero_result_searches, sessions FROM daily_search_stats ORDER BY day').all()).toEqual([
      { day: '2024-01-10', query: 'refund', searches: 2, zero_result_searches: 2, sessions: 2 },
      // One visitor's query: counted, its words not kept past retention.
      { day: '2024-01-11', query: '', searches: 1, zero_result_searches: 1, sessions: 1 },
    ]);
    expect(temp.db.prepare('SELECT day, sessions, self_served FROM daily_session_stats').all()).toEqual([{ day: '2024-01-10', sessions: 2, self_served: 2 }]);
  });

  it('counts without changing anything in a dry run, and finds nothing left after pruning', () => {
    const cutoff = at('2025-01-01T00:00:00Z');
    expect(countPrunableEvents(temp.db, cutoff)).toEqual({ before: cutoff, days: 2, events: 5 });
    expect(temp.db.prepare('SELECT COUNT(*) FROM events').pluck().get()).toBe(6);
    pruneEvents(temp.db, cutoff);
    expect(pruneEvents(temp.db, cutoff)).toEqual({ before: cutoff, days: 0, events: 0 });
  });

  it('never cuts a day in half: a cutoff inside a day keeps that whole day raw', () => {
    const result = pruneEvents(temp.db, at('2024-01-10T12:00:00Z'));
    expect(result.days).toBe(0);
    expect(temp.db.prepare('SELECT COUNT(*) FROM events').pluck().get()).toBe(6);
  });
});

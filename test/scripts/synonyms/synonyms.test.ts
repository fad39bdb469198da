/** `kb synonyms`: suggestions from zero-result searches followed by a view, read from a real warehouse. */
import { afterEach, describe, expect, it } from 'vitest';
import { describeSuggestion, suggestSynonyms } from '../../../scripts/synonyms/suggest-synonyms.ts';
import { listZeroResultFollowUps } from '../../../scripts/warehouse/list-zero-result-follow-ups.ts';
import { saveWarehouseEvents } from '../../../scripts/warehouse/save-warehouse-events.ts';
import type { WarehouseEvent } from '../../../scripts/warehouse/warehouse-event.ts';
import { viewRow } from '../../helpers/event-rows.ts';
import { runKb } from '../../helpers/run-kb.ts';
import { createTempWarehouse, type TempWarehouse } from '../../helpers/temp-warehouse.ts';

const T0 = Date.parse('2026-11-10T09:00:00Z');
const MIN = 60_000;
let id = 0;
const event = (session: string, at: number, fields: Partial<WarehouseEvent>): WarehouseEvent => ({ ...viewRow(at, { session }), id: ++id, ...fields }) as WarehouseEvent;
const search = (session: string, at: number, query: string, results = 0) => event(session, at, { type: 'search', article: null, query, results });
const view = (session: string, at: number, article: string) => event(session, at, { type: 'view', article });

let warehouse: TempWarehouse | undefined;
afterEach(() => warehouse?.close());

function plant(): TempWarehouse {
  warehouse = createTempWarehouse('kb-synonyms-');
  saveWarehouseEvents(warehouse.db, [
    // Two sessions searched "otp", found nothing and opened the 2FA article within minutes: evidence.
    search('session-aaaa-0001', T0, 'OTP'),
    view('session-aaaa-0001', T0 + 2 * MIN, 'turn-on-two-step-verification'),
    view('session-aaaa-0001', T0 + 3 * MIN, 'reset-your-password'),
    search('session-bbbb-0002', T0 + 60 * MIN, 'otp '),
    view('session-bbbb-0002', T0 + 69 * MIN, 'turn-on-two-step-verification'),
    // Too late (11 minutes), another session's view, and a search that found something: no evidence.
    search('session-cccc-0003', T0, 'otp'),
    view('session-cccc-0003', T0 + 11 * MIN, 'turn-on-two-step-verification'),
    view('session-dddd-0004', T0 + MIN, 'turn-on-two-step-verification'),
    search('session-eeee-0005', T0, 'refund', 3),
    view('session-eeee-0005', T0 + MIN, 'request-a-refund'),
    // One session only: not enough.
    search('session-ffff-0006', T0, 'dark mode'),
    view('session-ffff-0006', T0 + MIN, 'choose-your-notifications'),
  ]);
  return warehouse;
}

const articles = [
  { slug: 'turn-on-two-step-verification', title: 'Turn on two-step verification', keywords: ['2fa', 'two factor'] },
  { slug: 'reset-your-password', title: 'Reset your password', keywords: ['forgot password'] },
  { slug: 'choose-your-notifications', title: 'Choose which notifications you get', keywords: ['notifications'] },
];

describe('synonym suggestions', () => {
  it('pairs each zero-result search with the first view of its session within the window', () => {
    const { db } = plant();
    const followUps = listZeroResultFollowUps(db, { from: T0 - MIN, to: T0 + 120 * MIN }, 10 * MIN);
    expect(followUps.map((f) => [f.session, f.query, f.article])).toEqual([
      ['session-aaaa-0001', 'OTP', 'turn-on-two-step-verification'],
      ['session-ffff-0006', 'dark mode', 'choose-your-notifications'],
      ['session-bbbb-0002', 'otp ', 'turn-on-two-step-verification'],
    ]);
  });

  it('suggests a group from two or more sessions, joining the group the article’s word is in', () => {
    const { db } = plant();
    const followUps = listZeroResultFollowUps(db, {}, 10 * MIN);
    const fresh = suggestSynonyms(followUps, { articles, synonyms: [] });
    expect(fresh).toEqual([{ query: 'otp', phrase: 'otp', article: 'turn-on-two-step-verification', title: 'Turn on two-step verification', sessions: 2, searches: 2, group: ['otp', '2fa'] }]);
    expect(describeSuggestion(fresh[0]!)).toBe('"otp" → Turn on two-step verification (turn-on-two-step-verification): 2 sessions, 2 searches; add to search.synonyms: [otp, 2fa]');
    const joined = suggestSynonyms(followUps, { articles, synonyms: [['sign in', 'log in'], ['2FA', 'two-step verification']] });
    expect(joined[0]).toMatchObject({ joins: 1, group: ['2FA', 'two-step verification', 'otp'] });
    expect(suggestSynonyms(followUps, { articles, synonyms: [['otp', '2fa']] })).toEqual([]);
  });

  it('runs as kb synonyms with text and JSON output, and rejects a bad date', async () => {
    const { file } = plant();
    const text = await runKb(['synonyms', '--db', file, '--content', 'content', '--from', '2026-11-01', '--to', '2026-11-30']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('"otp" → Turn on two-step verification (turn-on-two-step-verification): 2 sessions, 2 searches; add "otp" to search.synonyms[0]');
    const json = await runKb(['synonyms', '--db', file, '--content', 'content', '--now', '2026-11-20T00:00:00Z', '--format', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ follow_up_minutes: 10, min_sessions: 2, suggestions: [{ query: 'otp', sessions: 2 }] });
    const bad = await runKb(['synonyms', '--db', file, '--from', 'yesterday']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--from "yesterday" is not a date');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});

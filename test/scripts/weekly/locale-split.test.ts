import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse, type Warehouse } from '../../../scripts/warehouse/open-warehouse.ts';
import { saveWarehouseEvents } from '../../../scripts/warehouse/save-warehouse-events.ts';
import type { WarehouseEvent } from '../../../scripts/warehouse/warehouse-event.ts';
import { countLocaleSplit } from '../../../scripts/weekly/locale-split.ts';
import { renderLocalesMarkdown } from '../../../scripts/weekly/render-weekly.ts';

const T = Date.parse('2026-03-18T10:00:00Z');
const week = { from: new Date('2026-03-16T00:00:00Z'), to: new Date('2026-03-23T00:00:00Z') };
let dir: string;
let db: Warehouse;
let id = 0;

function event(session: string, type: WarehouseEvent['type'], fields: Partial<WarehouseEvent> = {}): WarehouseEvent {
  id += 1;
  return { id, type, session, visitor: `visitor-${session}`, ts: T + id, received_at: T + id, article: null, vote: null, reason: null, comment: null, query: null, results: null, position: null, ...fields };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-locale-split-'));
  db = openWarehouse(path.join(dir, 'kb.db'));
  saveWarehouseEvents(db, [
    // English: two self-served readers, one of them on a page of an old build (no locale); one up vote.
    event('session-en-1', 'view', { article: 'reset-your-password', locale: 'en' }),
    event('session-en-1', 'vote', { article: 'reset-your-password', vote: 'up', locale: 'en' }),
    event('session-old-1', 'view', { article: 'export-timesheets' }),
    // German: one search that finds nothing, one that does; the reader opens contact and submits.
    event('session-de-1', 'search', { query: 'Stundenzettel', results: 0, locale: 'de' }),
    event('session-de-1', 'search', { query: 'Passwort', results: 3, locale: 'de' }),
    event('session-de-1', 'view', { article: 'reset-your-password', locale: 'de' }),
    event('session-de-1', 'vote', { article: 'reset-your-password', vote: 'down', locale: 'de' }),
    event('session-de-1', 'contact_open', { locale: 'de' }),
    event('session-de-1', 'contact_submit', { locale: 'de' }),
    // Outside the week.
    { ...event('session-de-2', 'view', { article: 'reset-your-password', locale: 'de' }), ts: week.to.getTime() + 1, received_at: week.to.getTime() + 1 },
  ]);
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the weekly split by language', () => {
  it('counts views, votes, searches and deflection per locale, events without one as the default locale', () => {
    const [en, de, fr] = countLocaleSplit(db, week, ['en', 'de', 'fr']);
    expect(en).toEqual({ locale: 'en', language: 'English', views: 2, votes_up: 1, votes_down: 0, helpful_share: 1, searches: 0, zero_result_searches: 0, zero_result_rate: null, sessions: 2, deflection_rate: 1 });
    expect(de).toEqual({ locale: 'de', language: 'German', views: 1, votes_up: 0, votes_down: 1, helpful_share: 0, searches: 2, zero_result_searches: 1, zero_result_rate: 0.5, sessions: 1, deflection_rate: 0 });
    expect(fr).toMatchObject({ locale: 'fr', views: 0, sessions: 0, deflection_rate: null });
  });

  it('renders a table per language in the Markdown report, and nothing for a one-language help center', () => {
    const rows = countLocaleSplit(db, week, ['en', 'de']);
    const md = renderLocalesMarkdown(rows).join('\n');
    expect(md).toContain('## By language');
    expect(md).toMatch(/\| English \(en\) +\| +2 \| +100% of 1 \|/);
    expect(md).toMatch(/\| German \(de\) +\| +1 \| +0% of 1 \| +2 \| +50% \| +1 \| +0% \|/);
    expect(renderLocalesMarkdown(countLocaleSplit(db, week, ['en']))).toEqual([]);
  });
});

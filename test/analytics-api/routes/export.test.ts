import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventColumns } from '../../../analytics-api/db/event-row.ts';
import { createTestApp, sampleEvents, type TestApp } from '../helpers/test-app.ts';

const DAY1 = Date.parse('2025-11-19T10:00:00Z');
const DAY2 = Date.parse('2025-11-20T10:00:00Z');

let t: TestApp;
beforeEach(async () => {
  t = createTestApp({ now: DAY1 });
  const day1 = sampleEvents(DAY1);
  await t.post([day1.view, day1.search]);
  t.clock.now = DAY2;
  const day2 = sampleEvents(DAY2, 'session-bbbb2222');
  await t.post([day2.search_click, day2.contact_open, day2.contact_submit]);
});
afterEach(() => t.close());

async function exported(query = ''): Promise<Record<string, unknown>[]> {
  const response = await t.get(`/api/export${query}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
  const text = await response.text();
  expect(text === '' || text.endsWith('\n')).toBe(true);
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('GET /api/export', () => {
  it('streams every raw event as one JSON object per line, with the column names, in id order', async () => {
    const rows = await exported();
    expect(rows.map((row) => row.id)).toEqual([1, 2, 3, 4, 5]);
    for (const row of rows) expect(Object.keys(row)).toEqual([...eventColumns]);
    expect(rows[2]).toMatchObject({ type: 'search_click', query: 'invoice', article: 'download-invoices', position: 2, received_at: DAY2 });
    expect(rows).toEqual(t.events());
  });

  it('continues after an event id with since=<id>', async () => {
    expect((await exported('?since=3')).map((row) => row.id)).toEqual([4, 5]);
    expect(await exported('?since=5')).toEqual([]);
  });

  it('starts at a time with since=<ISO date> or from/to', async () => {
    expect((await exported('?since=2025-11-20')).map((row) => row.id)).toEqual([3, 4, 5]);
    expect((await exported('?since=2025-11-19T10:00:00.001Z')).map((row) => row.id)).toEqual([3, 4, 5]);
    expect((await exported(`?from=${DAY2}`)).map((row) => row.id)).toEqual([3, 4, 5]);
    expect((await exported('?to=2025-11-19')).map((row) => row.id)).toEqual([1, 2]);
  });

  it('streams a table larger than one page', async () => {
    const batch = Array.from({ length: 50 }, (_, i) => ({ ...sampleEvents(DAY2).view, session: `session-many-${i}` }));
    for (let i = 0; i < 30; i++) expect((await t.post(batch)).status).toBe(202);
    const rows = await exported();
    expect(rows).toHaveLength(1505);
    expect(rows.map((row) => row.id)).toEqual(Array.from({ length: 1505 }, (_, i) => i + 1));
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../scripts/cli/user-error.ts';
import { importTickets } from '../../../scripts/tickets/import-tickets.ts';
import { countTickets, listTickets } from '../../../scripts/warehouse/list-tickets.ts';
import type { Warehouse } from '../../../scripts/warehouse/open-warehouse.ts';
import { createTempWarehouse, type TempWarehouse } from '../../helpers/temp-warehouse.ts';

const fixture = (name: string) => new URL(`../../fixtures/tickets/${name}`, import.meta.url).pathname;

let temp: TempWarehouse;
let dir: string;
let db: Warehouse;
beforeEach(() => {
  temp = createTempWarehouse('kb-import-');
  ({ dir, db } = temp);
});
afterEach(() => temp.close());

const file = (name: string, content: string | Buffer) => {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
};

describe('malformed rows', () => {
  it('skips bad CSV rows and reports each with its row number and reason', async () => {
    const summary = await importTickets(db, fixture('zendesk-export.csv'));
    expect(summary).toMatchObject({ rows: 7, inserted: 5, updated: 0, skipped: 2 });
    expect(summary.errors).toEqual([
      { row: 5, column: 'Created at', value: 'yesterday', reason: expect.stringMatching(/^Created at "yesterday" is not a date and time/) },
      { row: 7, column: null, value: null, reason: expect.stringMatching(/^has 12 columns, the header has 45/) },
    ]);
    expect(listTickets(db).map((t) => t.id)).toEqual(['1001', '1005', '1007', '1002', '1003']);
  });

  it('skips bad JSON records: a broken line, an impossible date, a missing field, a rating out of range', async () => {
    const zendesk = await importTickets(db, fixture('zendesk-export.ndjson'));
    expect(zendesk.errors.map((e) => e.row)).toEqual([3, 5]);
    expect(zendesk.errors[0]!.reason).toMatch(/^created_at "not a date" is not a date and time/);
    expect(zendesk.errors[1]!.reason).toMatch(/^is not valid JSON/);
    const helpscout = await importTickets(db, fixture('helpscout-conversations.json'));
    expect(helpscout.errors).toEqual([{ row: 3, column: 'createdAt', value: '2026-02-30T10:00:00Z', reason: 'createdAt "2026-02-30T10:00:00Z" is not a real date and time' }]);
    const freshdesk = await importTickets(db, fixture('freshdesk-tickets.json'));
    expect(freshdesk.errors).toEqual([{ row: 3, column: null, value: null, reason: expect.stringMatching(/^created_at: /) }]);
    // A rating out of range loses the rating, not the conversation: it is kept, and the warning says so.
    const intercom = await importTickets(db, fixture('intercom-conversations.json'));
    expect(intercom.errors).toEqual([]);
    expect(intercom.warnings).toEqual([
      { row: 2, column: 'conversation_rating.rating', value: '7', message: 'conversation_rating.rating 7 is not a rating from 1 to 5: stored as unknown' },
    ]);
  });

  it('with strict, fails on the first bad row and saves nothing', async () => {
    const failure = importTickets(db, fixture('zendesk-export.csv'), { strict: true });
    await expect(failure).rejects.toBeInstanceOf(UserError);
    await expect(importTickets(db, fixture('zendesk-export.csv'), { strict: true })).rejects.toThrow(
      /row 5: Created at "yesterday" is not a date and time.*Nothing was imported: --strict stops at the first bad row/,
    );
    expect(countTickets(db)).toBe(0);
  });

  it('fails on a CSV that breaks off inside a quoted field, saving nothing', async () => {
    const header = readFileSync(fixture('zendesk-export.csv'), 'utf8').split('\n')[0];
    const broken = file('broken.csv', `${header}\n1,9001,A,1,,a@x.example,x.example,A,B,G,"Unclosed subject,tag,Open,Normal,Email,Question,2026-03-02 09:00\n`);
    await expect(importTickets(db, broken)).rejects.toThrow(/the CSV does not parse after row 1.*Nothing was imported/);
    expect(countTickets(db)).toBe(0);
  });
});

describe('files that are not ticket exports', () => {
  it('refuses a Zendesk users export, naming its columns and the known formats', async () => {
    await expect(importTickets(db, fixture('zendesk-users.csv'))).rejects.toThrow(
      /is not a ticket export we recognise: its header \(Id, Name, Email, Role, Created at, .*\) matches no known format[\s\S]*zendesk-csv[\s\S]*--format csv --map FILE/,
    );
  });

  it('refuses empty, binary, spreadsheet, HTML and unknown JSON files with a reason each', async () => {
    await expect(importTickets(db, file('empty.csv', ''))).rejects.toThrow(/is empty/);
    await expect(importTickets(db, file('blob.bin', Buffer.from([0x01, 0x00, 0x02, 0x03])))).rejects.toThrow(/is a binary file, not a ticket export/);
    await expect(importTickets(db, file('book.xlsx', Buffer.from('PK\u0003\u0004rest')))).rejects.toThrow(/ZIP archive or an Excel workbook/);
    await expect(importTickets(db, file('page.html', '<!doctype html><title>x</title>'))).rejects.toThrow(/HTML or XML document/);
    await expect(importTickets(db, file('users.json', '[{"id": 1, "name": "Ana", "email": "ana@x.example"}]'))).rejects.toThrow(
      /first record \(id, name, email\) matches no known JSON format/,
    );
    await expect(importTickets(db, file('none.json', '{"tickets": []}'))).rejects.toThrow(/holds no tickets/);
    await expect(importTickets(db, path.join(dir, 'missing.csv'))).rejects.toThrow(/no such file/);
  });

  it('refuses a file whose format differs from --format', async () => {
    await expect(importTickets(db, fixture('zendesk-export.csv'), { format: 'freshdesk-csv' })).rejects.toThrow(
      /is not a freshdesk-csv export: it has no "Ticket ID", "Created time" column/,
    );
    await expect(importTickets(db, fixture('zendesk-api.json'), { format: 'zendesk-csv' })).rejects.toThrow(/is JSON, not zendesk-csv/);
    await expect(importTickets(db, fixture('zendesk-export.csv'), { format: 'intercom-json' })).rejects.toThrow(/is a CSV file, not intercom-json/);
    await expect(importTickets(db, fixture('intercom-conversations.json'), { format: 'zendesk-json' })).rejects.toThrow(/is not a zendesk-json export/);
    await expect(importTickets(db, fixture('custom-export.csv'), { format: 'csv' })).rejects.toThrow(/--format csv needs --map FILE/);
  });
});

describe('re-import', () => {
  it('updates tickets with the same id and never duplicates them', async () => {
    const first = await importTickets(db, fixture('zendesk-export.csv'));
    const again = await importTickets(db, fixture('zendesk-export.csv'));
    expect(first).toMatchObject({ inserted: 5, updated: 0 });
    expect(again).toMatchObject({ inserted: 0, updated: 5, older: 0 });
    expect(countTickets(db)).toBe(5);
  });

  it('takes the newer values of a ticket exported again', async () => {
    await importTickets(db, fixture('zendesk-export.csv'));
    const changed = readFileSync(fixture('zendesk-export.csv'), 'utf8').replace('Notifications arrive twice,notifications,New,Urgent', 'Notifications arrive twice,notifications,Solved,Urgent');
    const summary = await importTickets(db, file('later.csv', changed));
    expect(summary).toMatchObject({ inserted: 0, updated: 5 });
    expect(listTickets(db).find((t) => t.id === '1005')?.status).toBe('solved');
  });
});

/**
 * What an import must not lose or bend, one defect per case: the encoding
 * of a file that is not UTF-8, a cut field and a duplicated column that are
 * reported, an older export that never reverts a ticket, column maps on top
 * of every vendor format, and the durations and survey states each vendor
 * exports.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { columnMapSchema } from '../../../scripts/tickets/column-map.ts';
import { importTickets } from '../../../scripts/tickets/import-tickets.ts';
import type { Ticket } from '../../../scripts/tickets/ticket-schema.ts';
import { listTickets } from '../../../scripts/warehouse/list-tickets.ts';
import { createTempWarehouse, type TempWarehouse } from '../../helpers/temp-warehouse.ts';

const fixture = (name: string) => new URL(`../../fixtures/tickets/${name}`, import.meta.url).pathname;

let temp: TempWarehouse;
beforeEach(() => {
  temp = createTempWarehouse('kb-fidelity-');
});
afterEach(() => temp.close());

const file = (name: string, content: string | Buffer) => {
  const target = path.join(temp.dir, name);
  writeFileSync(target, content);
  return target;
};
const byId = (id: string): Ticket => listTickets(temp.db).find((t) => t.id === id)!;
const header = 'Id,Subject,Description,Tags,Status,Created at,Updated at,Solved at,Satisfaction Score,Replies';

describe('encodings', () => {
  const text = `${header}\n1,Café payroll,Grüße aus München — naïve résumé,,Open,2026-03-02 09:15,,,Offered,0\n2,Straße,Ça va,,Solved,2026-03-02 10:00,,2026-03-02 11:00,Good,1\n`;

  it('detects Windows-1252 / Latin-1, decodes it and says so', async () => {
    // One byte per character, as Excel saves "CSV" on Windows: é is 0xE9, € is 0x80.
    const western = text.replace('—', '-').replace('Ça va', 'Ça va 50 \u0080');
    const summary = await importTickets(temp.db, file('latin1.csv', Buffer.from(western, 'latin1')));
    expect(summary).toMatchObject({ encoding: 'windows-1252', inserted: 2, skipped: 0 });
    expect(summary.warnings).toEqual([{ row: null, column: null, value: null, message: expect.stringMatching(/^the file is not UTF-8: read as windows-1252 \(detected, \d+% confidence\)/) }]);
    expect(byId('1')).toMatchObject({ subject: 'Café payroll', description: 'Grüße aus München - naïve résumé' });
    expect(byId('2')).toMatchObject({ subject: 'Straße', description: 'Ça va 50 €' });
  });

  it('reads UTF-16 with a byte order mark, and UTF-8 with one', async () => {
    const sixteen = await importTickets(temp.db, file('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])));
    expect(sixteen).toMatchObject({ encoding: 'utf-16le', inserted: 2, warnings: [] });
    expect(byId('1').description).toBe('Grüße aus München — naïve résumé');
    const bom = await importTickets(temp.db, file('bom.csv', `\uFEFF${text}`));
    expect(bom).toMatchObject({ encoding: 'utf-8', updated: 2 });
    expect(byId('1').subject).toBe('Café payroll');
  });

  it('takes --encoding over detection, and refuses a file no encoding reads cleanly, with the fix', async () => {
    const given = await importTickets(temp.db, file('given.csv', Buffer.from(text, 'latin1')), { encoding: 'iso-8859-15' });
    expect(given).toMatchObject({ encoding: 'iso-8859-15', warnings: [] });
    expect(byId('1').subject).toBe('Café payroll');
    const garbled = Buffer.concat([Buffer.from(`${header}\n1,`), Buffer.from([0x81, 0x8d, 0x8f, 0x90, 0x9d]), Buffer.from(',,,Open,2026-03-02 09:15,,,,0\n')]);
    await expect(importTickets(temp.db, file('garbled.csv', garbled))).rejects.toThrow(/is not UTF-8 .* cannot be told .* Save the file as UTF-8 .* --encoding windows-1252/);
    await expect(importTickets(temp.db, file('x.csv', text), { encoding: 'klingon' })).rejects.toThrow(/--encoding "klingon" is not an encoding we can read/);
  });

  it('warns, with row and column, about replacement characters already in a UTF-8 file', async () => {
    const summary = await importTickets(temp.db, file('damaged.csv', `${header}\n7,Caf\uFFFD payroll,,,Open,2026-03-02 09:15,,,,0\n`));
    expect(summary).toMatchObject({ encoding: 'utf-8', inserted: 1 });
    expect(summary.warnings).toEqual([{ row: 2, column: 'subject', value: 'Caf\uFFFD payroll', message: expect.stringMatching(/replacement character .* re-export it as UTF-8/) }]);
  });
});

describe('what is cut or ignored is reported', () => {
  it('a 10 MB description is cut to 100,000 characters with a warning naming the row and column', async () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    const summary = await importTickets(temp.db, file('big.csv', `${header}\n1,Big,${big},,Open,2026-03-02 09:15,,,,0\n2,Small,ok,,Open,2026-03-02 09:20,,,,0\n`));
    expect(summary).toMatchObject({ inserted: 2, skipped: 0 });
    expect(summary.warnings).toEqual([{ row: 2, column: 'description', value: null, message: '10,485,760 characters, cut to the first 100,000' }]);
    expect(byId('1').description).toHaveLength(100_000);
  });

  it('a column named twice is reported, and each row reads the first of them that holds a value', async () => {
    const summary = await importTickets(temp.db, file('twice.csv', `${header},Tags\n1,A,,,Open,2026-03-02 09:15,,,,0,billing\n2,B,,refund,Open,2026-03-02 09:20,,,,0,other\n`));
    expect(summary.warnings).toEqual([{ row: 1, column: 'Tags', value: null, message: 'the header names this column 2 times (columns 4, 11): each row reads the first of them that holds a value' }]);
    expect(byId('1').tags).toEqual(['billing']);
    expect(byId('2').tags).toEqual(['refund']);
  });
});

describe('re-imports', () => {
  const at = (status: string, updated: string) => `${header}\n1,A,,,${status},2026-03-02 09:15,${updated},${status === 'Solved' ? '2026-03-04 09:00' : ''},,1\n`;

  it('an older export never reverts a ticket; the row is counted, and a newer or equal one replaces it', async () => {
    await importTickets(temp.db, file('new.csv', at('Solved', '2026-03-04 09:00')));
    const older = await importTickets(temp.db, file('old.csv', at('Open', '2026-03-03 12:00')));
    expect(older).toMatchObject({ rows: 1, inserted: 0, updated: 0, older: 1, skipped: 0 });
    expect(byId('1')).toMatchObject({ status: 'solved', updated_at: '2026-03-04T09:00:00Z' });
    const same = await importTickets(temp.db, file('same.csv', at('Closed', '2026-03-04 09:00')));
    expect(same).toMatchObject({ updated: 1, older: 0 });
    expect(byId('1').status).toBe('closed');
    await importTickets(temp.db, file('newer.csv', at('Open', '2026-03-05 09:00')));
    expect(byId('1').status).toBe('open');
  });
});

describe('column maps on every format', () => {
  const map = (value: unknown) => columnMapSchema.parse(value);

  it('add a custom category column to a Zendesk export, and override a field', async () => {
    const csv = readFileSync(fixture('zendesk-explore-business.csv'), 'utf8').replace('Manual Tagging of Categories [list]', 'Reason for contact [list]');
    const summary = await importTickets(temp.db, file('reason.csv', csv), { map: map({ columns: { category: 'Reason for contact [list]', plan: 'Group' } }), timezone: 'Asia/Kolkata' });
    expect(summary).toMatchObject({ format: 'zendesk-explore-csv', inserted: 11 });
    expect(byId('297734')).toMatchObject({ category: 'Is my treatment covered (IMTC)', tags: ['Is my treatment covered (IMTC)'], plan: 'Reimbursement Claims', first_reply_business_minutes: 45 });
  });

  it('read JSON paths: Intercom custom attributes, Help Scout custom fields by name, Zendesk custom fields by id', async () => {
    await importTickets(temp.db, fixture('intercom-conversations.json'), { map: map({ columns: { category: 'custom_attributes.Plan', channel: 'source.delivered_as' } }) });
    expect(byId('1911149811')).toMatchObject({ category: 'pro', channel: 'customer-initiated' });
    await importTickets(temp.db, fixture('helpscout-conversations.json'), { map: map({ columns: { category: 'customFields.Plan' } }) });
    expect(byId('1180001').category).toBe('free');
    await importTickets(temp.db, fixture('zendesk-export.ndjson'), { map: map({ columns: { plan: 'custom_fields.360001' }, values: { plan: { pro: 'professional' } } }) });
    expect(byId('2001').plan).toBe('professional');
  });

  it('refuse a map column the export does not have, as bad usage', async () => {
    await expect(importTickets(temp.db, fixture('zendesk-export.csv'), { map: map({ columns: { category: 'Reason [list]' } }) })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/has no column "Reason \[list\]" named in the column map/),
    });
  });
});

describe('vendor durations, counts and survey states', () => {
  it('zendesk-json: calendar and business minutes from metric_set, "offered" surveys, unknown counts without metric_set', async () => {
    const lines = [
      { id: 1, created_at: '2026-03-02T09:00:00Z', updated_at: '2026-03-03T09:00:00Z', via: { channel: 'web' }, requester_id: 5, raw_subject: 'A', status: 'solved', satisfaction_rating: { score: 'offered' },
        metric_set: { reopens: 0, replies: 2, solved_at: '2026-03-02T12:00:00Z', reply_time_in_minutes: { calendar: 90, business: 30 }, full_resolution_time_in_minutes: { calendar: 180, business: 60 }, requester_wait_time_in_minutes: { calendar: 100, business: 40 } } },
      { id: 2, created_at: '2026-03-02T10:00:00Z', via: { channel: 'email' }, requester_id: 6, raw_subject: 'B', status: 'open', satisfaction_rating: { score: 'unoffered' } },
    ];
    await importTickets(temp.db, file('z.ndjson', lines.map((l) => JSON.stringify(l)).join('\n')));
    expect(byId('1')).toMatchObject({ first_reply_minutes: 90, first_reply_business_minutes: 30, full_resolution_minutes: 180, full_resolution_business_minutes: 60, requester_wait_business_minutes: 40, satisfaction: null, satisfaction_offered: true, replies: 2, updated_at: '2026-03-03T09:00:00Z' });
    expect(byId('2')).toMatchObject({ satisfaction_offered: false, replies: null, reopens: null });
  });

  it('freshdesk-csv: resolution hours, last update time; reopens and survey state are not in the export', async () => {
    await importTickets(temp.db, fixture('freshdesk-export.csv'), { timezone: 'America/New_York' });
    expect(byId('501')).toMatchObject({ full_resolution_minutes: 150, updated_at: '2026-03-02T12:30:00-05:00', reopens: null, satisfaction: 5, satisfaction_offered: null, replies: 2 });
  });

  it('freshdesk-json, helpscout-json, intercom-json: zero replies known only before a first response', async () => {
    await importTickets(temp.db, fixture('freshdesk-tickets.json'));
    expect(byId('701')).toMatchObject({ replies: null, reopens: 0 });
    await importTickets(temp.db, fixture('helpscout-conversations.json'));
    expect(byId('1180001')).toMatchObject({ replies: 1, reopens: null, updated_at: '2026-03-09T09:10:00Z' });
    await importTickets(temp.db, fixture('intercom-conversations.json'));
    expect(byId('1911149811')).toMatchObject({ replies: null, reopens: 1, updated_at: '2026-03-09T12:00:00Z' });
  });
});

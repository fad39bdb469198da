/** The customers and usage files: CSV or JSON, with errors that name the row, the column and the fix. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { customerSchema, usageSchema } from '../../../scripts/churn/customer-schema.ts';
import { readTableFile } from '../../../scripts/churn/read-table-file.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kb-churn-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe('customer and usage files', () => {
  it('reads the shipped samples', () => {
    const customers = readTableFile('content/samples/customers.csv', customerSchema, 'customers');
    expect(customers).toHaveLength(10);
    expect(customers[0]).toMatchObject({ id: 'oak-street-cafe', domains: ['oakstreetcafe.example'], plan: 'pro', mrr: 89, failed_payment: false });
    expect(readTableFile('content/samples/usage.csv', usageSchema, 'usage')[0]).toEqual({ customer_id: 'oak-street-cafe', month: '2026-09', usage: 310 });
  });

  it('reads JSON with the same columns', () => {
    const file = write('customers.json', JSON.stringify([{ id: 'acme', mrr: 1200, failed_payment: true, customer_since: '2026-01-05' }]));
    expect(readTableFile(file, customerSchema, 'customers')[0]).toMatchObject({ id: 'acme', mrr: 1200, failed_payment: true, customer_since: Date.parse('2026-01-05') });
  });

  it('names the row, the column and the fix for bad values', () => {
    const file = write('bad.csv', 'id,mrr,renewal_date,failed_payment\nacme,lots,2026-13-45,maybe\n,10,,\n');
    let message = '';
    try {
      readTableFile(file, customerSchema, 'customers');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n').slice(1).map((line) => line.replace(/^.*bad\.csv/, 'bad.csv'))).toEqual([
      'bad.csv:2  "mrr" is "lots", expected a number. Fix: change "mrr" to a number.',
      'bad.csv:2  "renewal_date" is not a date. Fix: use YYYY-MM-DD or an ISO timestamp.',
      'bad.csv:2  "failed_payment" is "maybe", expected true or false. Fix: change "failed_payment" to true or false.',
      'bad.csv:3  "id" is empty. Fix: write a value for "id".',
    ]);
  });

  it('says how to fix a missing file', () => {
    expect(() => readTableFile(path.join(dir, 'nope.csv'), customerSchema, 'customers')).toThrow(/No customers file at .*nope\.csv\. Fix: create it/);
  });
});

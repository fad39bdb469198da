import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliDatabaseError, openCliDatabase } from '../../../analytics-api/cli/open-cli-database.ts';
import { AnalyticsDatabaseError } from '../../../analytics-api/db/open-database.ts';
import { UserError } from '../../../scripts/cli/user-error.ts';
import { createTempDb, type TempDb } from '../helpers/temp-db.ts';

let temp: TempDb;
beforeEach(() => {
  temp = createTempDb();
});
afterEach(() => temp.close());

describe('openCliDatabase', () => {
  it('creates and migrates a new database', () => {
    const db = openCliDatabase(path.join(temp.dir, 'new.db'));
    expect(db.prepare('SELECT COUNT(*) FROM events').pluck().get()).toBe(0);
    db.close();
  });

  it('turns a database that cannot be opened into a UserError with the fix', () => {
    const open = () => openCliDatabase(path.join(temp.dir, 'missing.db'), { readonly: true });
    expect(open).toThrow(UserError);
    expect(open).toThrow(/cannot open the database.*Fix:/);
  });
});

describe('cliDatabaseError', () => {
  it('keeps the message and exits 1 for an analytics database error', () => {
    const mapped = cliDatabaseError(new AnalyticsDatabaseError('a.db: broken. Fix: restore it.'));
    expect(mapped).toBeInstanceOf(UserError);
    expect((mapped as UserError).message).toBe('a.db: broken. Fix: restore it.');
    expect((mapped as UserError).exitCode).toBe(1);
  });

  it('leaves any other error as it is', () => {
    const other = new TypeError('unexpected');
    expect(cliDatabaseError(other)).toBe(other);
  });
});

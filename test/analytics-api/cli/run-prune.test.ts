import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveEvents } from '../../../analytics-api/db/save-events.ts';
import { viewRow } from '../../helpers/event-rows.ts';
import { createTempDb, type TempDb } from '../helpers/temp-db.ts';

const KB = path.resolve('scripts/kb.js');
const CONTENT = path.resolve('test/fixtures/analytics/content');
const DAY = 86_400_000;

let temp: TempDb;
beforeEach(() => {
  temp = createTempDb();
  const now = Date.now();
  const rows = [
    viewRow(now - 500 * DAY, { session: 'session-ancient' }),
    viewRow(now - 420 * DAY, { session: 'session-old' }),
    viewRow(now - 40 * DAY, { session: 'session-recent' }),
  ];
  temp.db.transaction(() => saveEvents(temp.db, rows))();
  temp.db.close();
});
afterEach(() => temp.close());

function kb(...args: string[]) {
  return spawnSync(process.execPath, [KB, 'analytics', 'prune', '--db', temp.file, '--warehouse', path.join(temp.dir, 'kb.db'), '--content', CONTENT, ...args], { encoding: 'utf8', env: { ...process.env, KB_ANALYTICS_DB: '' } });
}

describe('kb analytics prune', () => {
  it('reports a dry run without changing the database', () => {
    const result = kb('--dry-run', '--format', 'json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ retention_months: 13, days: 2, events: 2, dry_run: true });
    const again = kb('--dry-run', '--format', 'json');
    expect(JSON.parse(again.stdout)).toMatchObject({ days: 2, events: 2 });
  });

  it('rolls up and deletes raw events past retention, then has nothing left to do', () => {
    const result = kb();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Rolled up 2 day\(s\) of raw events from before \d{4}-\d{2}-\d{2} into daily totals and deleted 2 raw event\(s\) \(retention 13 months\)/);
    const second = kb();
    expect(second.stdout).toContain('nothing to prune');
  });

  it('takes the retention from --months', () => {
    const result = kb('--months', '1', '--format', 'json');
    expect(JSON.parse(result.stdout)).toMatchObject({ retention_months: 1, days: 3, events: 3, dry_run: false });
  });

  it('rejects a bad --months value with exit code 2', () => {
    const result = kb('--months', 'thirteen');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('whole number of months');
  });
});

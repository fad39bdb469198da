/**
 * `kb start` in front of a database it cannot use: a message that names the
 * file and the fix, exit 1, no stack trace, and the file left as it was.
 * (The full main job is covered by the site's end-to-end tests.)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runKb } from '../../helpers/run-kb.ts';

let dir: string | undefined;

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('kb start', () => {
  it('refuses a file that is not an analytics database, with the path and a fix', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kb-start-'));
    const db = path.join(dir, 'analytics.db');
    const garbage = 'not a database, just text that SQLite will refuse to read as one\n'.repeat(4);
    writeFileSync(db, garbage);
    const run = await runKb(['start', '--no-sample', '--content', 'test/fixtures/kb', '--db', db]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${db}: not a usable analytics database`);
    expect(run.stderr).toContain('Fix: point --db at the file the API writes');
    expect(run.stderr).not.toContain('unexpected error');
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(readFileSync(db, 'utf8')).toBe(garbage);
  });
});

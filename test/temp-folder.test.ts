/** The run's temporary folder (see temp-folder-setup.ts) is what tests and their child processes get from tmpdir(). */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('temporary files of a test run', () => {
  it('go to a folder of this run, removed when it ends', () => {
    expect(path.basename(tmpdir())).toMatch(/^kb-test-run-/);
    expect(process.env.TMPDIR).toBe(tmpdir());
  });
});

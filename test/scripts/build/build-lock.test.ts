import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireBuildLock } from '../../../scripts/build/build-lock.ts';

const lockDir = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'kb-lock-')), 'kb-build.lock');

describe('acquireBuildLock', () => {
  it('takes a free lock and releases it', async () => {
    const dir = lockDir();
    const release = await acquireBuildLock(dir);
    expect(existsSync(dir)).toBe(true);
    release();
    expect(existsSync(dir)).toBe(false);
  });

  it('waits while another holder is alive', async () => {
    const dir = lockDir();
    const first = await acquireBuildLock(dir);
    let waited = false;
    const second = acquireBuildLock(dir, () => (waited = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(waited).toBe(true);
    first();
    const release = await second;
    release();
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    const dir = lockDir();
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'pid'), '2147483646');
    let waited = false;
    const release = await acquireBuildLock(dir, () => (waited = true));
    expect(waited).toBe(false);
    release();
  });
});

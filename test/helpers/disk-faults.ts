/**
 * Real disk faults for storage tests: a small tmpfs to fill up, and a
 * read-only remount of a folder. Both need root (mount); without it the
 * tests skip with a visible warning, unless KB_REQUIRE_MOUNTS=1 (set it in
 * CI, which runs as root), where they fail. Every mount is undone by the
 * returned `unmount`, also after a failed assertion.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

let probed: boolean | undefined;

/** True when this process may mount; warns (or throws under KB_REQUIRE_MOUNTS=1) when it may not. */
export function mountsAvailable(suite: string): boolean {
  if (probed === undefined) {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-mount-probe-'));
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'pipe' });
      execFileSync('umount', [dir], { stdio: 'pipe' });
      probed = true;
    } catch {
      probed = false;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (probed) return true;
  const why = `${suite}: cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN), so the full-disk and read-only tests cannot run`;
  if (process.env.KB_REQUIRE_MOUNTS === '1') throw new Error(`${why}; KB_REQUIRE_MOUNTS=1 requires them to run.`);
  console.warn(`SKIPPED ${why}.`);
  return false;
}

/** A fresh tmpfs of `size` (e.g. "4m") on a new temp folder. */
export function mountTmpfs(size: string): { dir: string; unmount(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-tmpfs-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
  return {
    dir,
    unmount() {
      unmountAll(dir);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Makes `dir` read-only in place (a read-only bind mount over it); the returned function makes it writable again. */
export function makeReadOnly(dir: string): () => void {
  execFileSync('mount', ['--bind', dir, dir], { stdio: 'pipe' });
  execFileSync('mount', ['-o', 'remount,bind,ro', dir], { stdio: 'pipe' });
  return () => execFileSync('umount', [dir], { stdio: 'pipe' });
}

/** Fills the disk holding `dir` until writes fail; returns the filler file to delete. */
export function fillDisk(dir: string): string {
  const filler = path.join(dir, 'filler.bin');
  try {
    execFileSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=64k'], { stdio: 'pipe' });
  } catch {
    // dd stops with "No space left on device": that is the point.
  }
  return filler;
}

function unmountAll(dir: string): void {
  for (let i = 0; i < 5; i++) {
    try {
      execFileSync('mountpoint', ['-q', dir], { stdio: 'pipe' });
    } catch {
      return;
    }
    execFileSync('umount', [dir], { stdio: 'pipe' });
  }
}

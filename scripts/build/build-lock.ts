/**
 * One build at a time per checkout: Astro keeps generated files in the
 * project's `.astro/` folder (the list of MDX modules among them), so two
 * builds of different KBs at once would overwrite each other's. A lock
 * folder holds the owner's pid; a lock left by a dead process is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Waits for the lock at `dir`, then returns the function that releases it. */
export async function acquireBuildLock(dir: string, onWait?: () => void): Promise<() => void> {
  mkdirSync(path.dirname(dir), { recursive: true });
  let waited = false;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'pid'), String(process.pid));
      return () => rmSync(dir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let owner = Number.NaN;
    try {
      owner = Number(readFileSync(path.join(dir, 'pid'), 'utf8'));
    } catch {
      // The owner is between mkdir and writing its pid; look again shortly.
    }
    if (Number.isInteger(owner) && !alive(owner)) {
      rmSync(dir, { recursive: true, force: true });
      continue;
    }
    if (!waited) onWait?.();
    waited = true;
    await sleep(200);
  }
}

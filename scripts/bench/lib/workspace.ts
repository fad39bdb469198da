/**
 * Scratch folders for the side-by-side benchmarks. They live inside the
 * repository, under `node_modules/.cache/kb-bench/`, not in the system
 * temp folder: Astro resolves a site's components relative to its root and
 * fails on packages installed outside any folder it shares with that root,
 * so the generated Starlight site must sit below this project's
 * node_modules. Nothing there is ever committed.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onInterrupt } from './on-interrupt.ts';

/** The repository root. */
export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface Workspace {
  dir: string;
  /** Deletes the folder. */
  remove(): void;
}

/** Creates a fresh, empty folder named `<prefix>-XXXXXX`, deleted by `remove()` or when the run is interrupted. */
export function createWorkspace(prefix: string): Workspace {
  const parent = path.join(projectRoot, 'node_modules', '.cache', 'kb-bench');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(path.join(parent, `${prefix}-`));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const cancel = onInterrupt(remove);
  return {
    dir,
    remove: () => {
      cancel();
      remove();
    },
  };
}

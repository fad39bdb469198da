/** Moving a folder into place, also across file systems (a temp folder is often on another one). */
import { cpSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Moves `from` to `to`, creating `to`'s parent; copies and deletes when a rename cannot cross devices. */
export function moveFolder(from: string, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

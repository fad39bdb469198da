/** Sizes of built output on disk. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Total bytes of the regular files below `dir` (0 when it does not exist). */
export function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(path.join(dir, name));
    if (stat.isFile()) total += stat.size;
  }
  return total;
}

/**
 * A throw-away copy of the fixture KB that a test may break freely.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TempKb {
  dir: string;
  write(relative: string, text: string): string;
  remove(): void;
}

/** Copies `test/fixtures/kb` (or another fixture folder) into a temp dir. */
export function tempKb(fixture = 'test/fixtures/kb'): TempKb {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-test-'));
  cpSync(path.resolve(fixture), dir, { recursive: true });
  return {
    dir,
    write(relative, text) {
      const file = path.join(dir, relative);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      return file;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

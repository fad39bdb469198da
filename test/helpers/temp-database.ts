/** A SQLite database file in a fresh temp folder that a test may write freely. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** An open database, where it lives, and how to get rid of both. */
export interface TempDatabase<Db> {
  db: Db;
  /** The temp folder; tests may put their own files in it. */
  dir: string;
  file: string;
  /** Closes the database (if still open) and removes the folder. */
  close(): void;
}

/** Opens `name` with `open` (which creates and migrates it) in a new temp folder named after `prefix`. */
export function createTempDatabase<Db extends { open: boolean; close(): unknown }>(prefix: string, name: string, open: (file: string) => Db): TempDatabase<Db> {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const file = path.join(dir, name);
  const db = open(file);
  return {
    db,
    dir,
    file,
    close() {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

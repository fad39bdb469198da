/**
 * Online backup with SQLite's backup API (through better-sqlite3). All pages
 * are copied in one step, which reads one consistent snapshot; the WAL lets
 * a running server keep committing meanwhile. The copy is written beside the
 * target, checked, and renamed into place, so a failed backup never leaves a
 * half-written file under the target name.
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AnalyticsDatabaseError } from './open-database.ts';
import { describeStorageFault, diagnoseStorageFault } from './storage-fault.ts';

export interface BackupResult {
  file: string;
  bytes: number;
  pages: number;
  events: number;
}

export interface BackupOptions {
  /** Replace `target` when it exists. */
  overwrite?: boolean;
}

// Returned by the progress callback: copy every remaining page in the next step.
const ALL_PAGES = 0x7fffffff;

export async function backupDatabase(source: string, target: string, options: BackupOptions = {}): Promise<BackupResult> {
  if (!existsSync(source)) {
    throw new AnalyticsDatabaseError(`${source}: no analytics database to back up. Fix: pass the file the API writes with --db.`);
  }
  if (path.resolve(source) === path.resolve(target)) {
    throw new AnalyticsDatabaseError(`${target}: the backup target is the database itself. Fix: choose another file.`);
  }
  if (existsSync(target) && !options.overwrite) {
    throw new AnalyticsDatabaseError(`${target}: already exists. Fix: choose a new file name, or pass --force to replace it.`);
  }
  if (!existsSync(path.dirname(path.resolve(target)))) {
    throw new AnalyticsDatabaseError(`${target}: the folder ${path.dirname(target)} does not exist. Fix: create it first.`);
  }
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  const db = new Database(source, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    const progress = await db.backup(partial, { progress: () => ALL_PAGES });
    const copy = new Database(partial, { timeout: 5000 });
    let events: number;
    try {
      const check = copy.pragma('quick_check', { simple: true });
      // The copy is page for page: a damaged copy means a damaged database, and running it again will not help.
      if (check !== 'ok') throw new AnalyticsDatabaseError(describeStorageFault('corrupt', source, `its backup failed quick_check: ${String(check)}`), 'corrupt');
      // A backup is a standalone file: switch it out of WAL so it is one self-contained file.
      copy.pragma('journal_mode = DELETE');
      events = copy.prepare('SELECT COUNT(*) FROM events').pluck().get() as number;
    } finally {
      copy.close();
    }
    renameSync(partial, target);
    return { file: target, bytes: statSync(target).size, pages: progress.totalPages, events };
  } catch (error) {
    rmSync(partial, { force: true });
    if (error instanceof AnalyticsDatabaseError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    // A full disk or a read-only folder is the target's; a lock or damage is the database's.
    const targetFault = diagnoseStorageFault(error, target);
    if (targetFault === 'disk_full' || targetFault === 'read_only') throw new AnalyticsDatabaseError(describeStorageFault(targetFault, target, detail), targetFault);
    const sourceFault = diagnoseStorageFault(error, source);
    if (sourceFault !== undefined) throw new AnalyticsDatabaseError(describeStorageFault(sourceFault, source, detail), sourceFault);
    throw new AnalyticsDatabaseError(`${target}: backup failed (${detail}). Fix: check free disk space and permissions, then run it again.`);
  } finally {
    db.close();
  }
}

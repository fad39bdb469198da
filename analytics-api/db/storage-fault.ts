/**
 * What went wrong with a database file, in the words a person can act on.
 * SQLite's result codes and the operating system's error numbers become
 * one of a few faults — read-only, locked, corrupt, disk full, I/O error,
 * cannot open — each with a message naming the file, the cause and the
 * fix. The analytics service (health, start-up checks, 503 answers), its
 * CLI commands and the `kb` warehouse all use it.
 */

import { accessSync, constants, statfsSync } from 'node:fs';
import path from 'node:path';

/** The faults a database can have; `unreachable` is a database server that does not answer (PostgreSQL). */
export type StorageFault = 'read_only' | 'locked' | 'corrupt' | 'disk_full' | 'io_error' | 'cannot_open' | 'unreachable';

const FAULTS = new Set<string>(['read_only', 'locked', 'corrupt', 'disk_full', 'io_error', 'cannot_open', 'unreachable']);

const SQLITE_FAULTS: ReadonlyArray<[RegExp, StorageFault]> = [
  [/^SQLITE_READONLY/, 'read_only'],
  [/^SQLITE_PERM/, 'read_only'],
  [/^SQLITE_(?:BUSY|LOCKED)/, 'locked'],
  [/^SQLITE_(?:CORRUPT|NOTADB)/, 'corrupt'],
  [/^SQLITE_FULL/, 'disk_full'],
  [/^SQLITE_IOERR/, 'io_error'],
  [/^SQLITE_CANTOPEN/, 'cannot_open'],
];

const ERRNO_FAULTS: Record<string, StorageFault> = {
  EROFS: 'read_only',
  EACCES: 'read_only',
  EPERM: 'read_only',
  ENOSPC: 'disk_full',
  EDQUOT: 'disk_full',
  EIO: 'io_error',
  ENOENT: 'cannot_open',
  ENOTDIR: 'cannot_open',
};

/** The fault behind `error`, or undefined when it is not a storage error. */
export function storageFaultOf(error: unknown): StorageFault | undefined {
  if (!(error instanceof Error)) return undefined;
  // Errors the stores raise already name their fault (AnalyticsDatabaseError).
  const named = (error as { fault?: unknown }).fault;
  if (typeof named === 'string' && FAULTS.has(named)) return named as StorageFault;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return undefined;
  for (const [pattern, fault] of SQLITE_FAULTS) if (pattern.test(code)) return fault;
  return ERRNO_FAULTS[code];
}

/** Below this much free space on a database's disk, writes are failing or about to. */
export const MIN_FREE_BYTES = 1024 * 1024;

/**
 * The fault behind `error` on `file`, looking closer when SQLite only says
 * "disk I/O error" or "unable to open": a full disk or a read-only folder
 * is the usual cause, and the one a person can fix.
 */
export function diagnoseStorageFault(error: unknown, file: string): StorageFault | undefined {
  const fault = storageFaultOf(error);
  if (fault !== 'io_error' && fault !== 'cannot_open') return fault;
  const folder = path.dirname(path.resolve(file));
  try {
    const disk = statfsSync(folder);
    if (disk.bavail * disk.bsize < MIN_FREE_BYTES) return 'disk_full';
  } catch {
    return fault;
  }
  try {
    accessSync(folder, constants.W_OK);
  } catch (cause) {
    return storageFaultOf(cause) === 'read_only' ? 'read_only' : fault;
  }
  return fault;
}

/** What a person should do about `fault` on `file` (when known); `detail` is the underlying message. */
export function describeStorageFault(fault: StorageFault, file: string | undefined, detail?: string): string {
  // quick_check and SQLite messages can span lines; keep the message on one line and short.
  const flat = detail?.replace(/\s+/g, ' ').trim();
  const why = flat ? ` (${(flat.length > 300 ? `${flat.slice(0, 297)}…` : flat).replace(/\.$/, '')})` : '';
  const where = file === undefined ? '' : `${file}: `;
  switch (fault) {
    case 'read_only':
      return `${where}the database cannot be written, it is read-only${why}. Fix: make the file, its -wal/-shm files and its folder writable (chmod u+w, chattr -i, or remount the disk read-write), or pass --db a writable path.`;
    case 'locked':
      return `${where}the database is locked by another process${why}. Wait for the other command (an import, a pull, a prune or a backup) to finish, then retry.`;
    case 'corrupt':
      return `${where}the database file is damaged${why}. Fix: stop the server, restore the latest backup (kb analytics backup makes one), or move the file aside to start a fresh one; \`sqlite3 ${file ?? 'FILE'} .recover\` can salvage what is left.`;
    case 'disk_full':
      return `${where}the disk holding the database is full${why}. Fix: free space on that disk, then retry; nothing already stored was lost.`;
    case 'io_error':
      return `${where}the disk reported an I/O error${why}. Fix: check the disk (dmesg, SMART), then restore the latest backup if the file is damaged.`;
    case 'cannot_open':
      return `${where}cannot open the database${why}. Fix: check the path and its permissions, or pass another file with --db.`;
    case 'unreachable':
      return `${where}the database server does not answer${why}. Fix: check that PostgreSQL is running and reachable from this host (host, port, firewall); the service retries on its own.`;
  }
}

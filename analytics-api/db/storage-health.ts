/**
 * Whether the analytics database can take writes right now, checked the
 * way a write would fail rather than assumed: the file, its `-wal` and its
 * folder must be writable (a read-only mount, `chattr +i`, lost
 * permissions), the disk must have room, the file must still start with
 * SQLite's header, a real write must commit (`service_checks`), the last
 * event commit must not have failed, and `quick_check` (in a worker, see
 * `integrity-check.ts`) must pass. `kb serve` runs the same checks, with a
 * full `quick_check`, before it listens. Each fault comes with its reason
 * and fix (`storage-fault.ts`), so `/api/health` can say why it is 503.
 */
import { accessSync, closeSync, constants, existsSync, openSync, readSync, statfsSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { createIntegrityChecker, type IntegrityChecker } from './integrity-check.ts';
import { prepared } from './statement-cache.ts';
import { describeStorageFault, diagnoseStorageFault, MIN_FREE_BYTES, storageFaultOf, type StorageFault } from './storage-fault.ts';

/** The answer of a check: ok, or a fault with the message to show. */
export type StorageStatus = { ok: true } | { ok: false; fault: StorageFault; message: string };


const HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const PROBE = 'INSERT INTO service_checks (id, checked_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at';

/** The health of one open database. */
export interface StorageHealth {
  /** Every check, the integrity one refreshed when stale. */
  check(): Promise<StorageStatus>;
  /** Records the outcome of an event commit (the writer calls it): the error, or nothing for a success. */
  noteWrite(error?: unknown): void;
  close(): Promise<void>;
}

/** The checks that need no worker: writable, free space, header, a committed probe write. */
export function checkWritable(db: Database, now = Date.now()): StorageStatus {
  const file = db.name;
  const fail = (fault: StorageFault, detail?: string): StorageStatus => ({ ok: false, fault, message: describeStorageFault(fault, file, detail) });
  if (file !== ':memory:' && file !== '') {
    const folder = path.dirname(path.resolve(file));
    for (const target of [file, `${file}-wal`, folder]) {
      if (target !== folder && !existsSync(target)) continue;
      try {
        accessSync(target, constants.W_OK);
      } catch (error) {
        return fail(storageFaultOf(error) ?? 'read_only', `${path.basename(target)}: ${(error as Error).message}`);
      }
    }
    try {
      const disk = statfsSync(folder);
      const free = disk.bavail * disk.bsize;
      if (free < MIN_FREE_BYTES) return fail('disk_full', `${Math.floor(free / 1024)} KB free`);
    } catch {
      // statfs is missing on some platforms; the probe write below still tells.
    }
    const header = readHeader(file);
    if (header !== undefined && !header.equals(HEADER)) return fail('corrupt', 'the file does not start with the SQLite header');
  }
  try {
    db.transaction(() => prepared<[number]>(db, PROBE).run(now)).immediate();
  } catch (error) {
    const fault = diagnoseStorageFault(error, file);
    return fail(fault ?? 'io_error', error instanceof Error ? error.message : String(error));
  }
  return { ok: true };
}

/** A full `quick_check` on the connection itself (for start-up, where blocking is fine). */
export function checkIntegrityNow(db: Database): StorageStatus {
  try {
    const rows = db.pragma('quick_check(5)', { simple: false }) as Array<{ quick_check: string }>;
    const result = rows.map((row) => row.quick_check).join('; ');
    return result === 'ok' ? { ok: true } : { ok: false, fault: 'corrupt', message: describeStorageFault('corrupt', db.name, `quick_check: ${result}`) };
  } catch (error) {
    return { ok: false, fault: storageFaultOf(error) ?? 'corrupt', message: describeStorageFault(storageFaultOf(error) ?? 'corrupt', db.name, (error as Error).message) };
  }
}

/** Health checks for `db`; `integrity: false` leaves out the worker (tests of the app on a temp file do not need it). */
export function createStorageHealth(db: Database, options: { integrity?: boolean; now?: () => number } = {}): StorageHealth {
  const now = options.now ?? Date.now;
  const file = db.name;
  const integrity: IntegrityChecker | undefined = options.integrity === false || file === ':memory:' ? undefined : createIntegrityChecker(file);
  let writeError: unknown;
  return {
    async check() {
      const status = checkWritable(db, now());
      if (!status.ok) return status;
      // The probe just committed, so a full disk or a read-only mount has passed; a damaged page an event hit has not.
      if (writeError !== undefined && storageFaultOf(writeError) === 'corrupt') {
        return { ok: false, fault: 'corrupt', message: describeStorageFault('corrupt', file, `an event commit failed: ${(writeError as Error).message}`) };
      }
      const latest = await integrity?.current();
      if (latest !== undefined && latest.result !== 'ok') {
        const fault = /SQLITE_(?:READONLY|CANTOPEN|PERM)/.test(latest.result) ? 'read_only' : /SQLITE_IOERR/.test(latest.result) ? 'io_error' : 'corrupt';
        return { ok: false, fault, message: describeStorageFault(fault, file, `quick_check: ${latest.result}`) };
      }
      return { ok: true };
    },
    noteWrite(error) {
      writeError = error;
    },
    async close() {
      await integrity?.close();
    },
  };
}

function readHeader(file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(HEADER.length);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    // An empty file is a database SQLite has not written yet.
    return read === 0 ? undefined : buffer.subarray(0, read);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

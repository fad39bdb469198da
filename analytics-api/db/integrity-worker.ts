/**
 * Runs `PRAGMA quick_check` off the main thread, on its own read-only
 * connection opened for each check, so it reads the file as it is on disk
 * (not the server's page cache) and a large database never stalls requests.
 * Started by `integrity-check.ts`; answers each message with the result.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const file = (workerData as { file: string }).file;

parentPort?.on('message', () => {
  let result: string;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
    try {
      const rows = db.pragma('quick_check(5)', { simple: false }) as Array<{ quick_check: string }>;
      result = rows.map((row) => row.quick_check).join('; ');
    } finally {
      db.close();
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    result = `${typeof code === 'string' ? `${code}: ` : ''}${error instanceof Error ? error.message : String(error)}`;
  }
  parentPort?.postMessage(result);
});

/** A migrated analytics database in a fresh temp folder, and a row builder. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { EventRow } from '../../../analytics-api/db/event-row.ts';
import { openDatabase, type Database } from '../../../analytics-api/db/open-database.ts';

export interface TempDb {
  db: Database;
  dir: string;
  file: string;
  close(): void;
}

export function createTempDb(): TempDb {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-analytics-db-'));
  const file = path.join(dir, 'analytics.db');
  const db = openDatabase(file);
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

export function viewRow(receivedAt: number, overrides: Partial<EventRow> = {}): EventRow {
  return {
    type: 'view',
    session: 'session-row-0001',
    visitor: 'visitor-hash-000000000',
    ts: receivedAt,
    received_at: receivedAt,
    article: 'reset-your-password',
    vote: null,
    reason: null,
    comment: null,
    query: null,
    results: null,
    position: null,
    ...overrides,
  };
}

/**
 * The analytics database on either engine, for tests that must hold on
 * both: a SQLite file in a temp folder, or a database of its own in the
 * run's PostgreSQL cluster. `reset` empties it between tests; `rows` runs
 * plain SQL that both dialects read alike; `files` returns the bytes
 * behind it (the SQLite file and its WAL, or the whole PostgreSQL cluster
 * directory) for privacy scans.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { AnalyticsStore } from '../../../analytics-api/store/analytics-store.ts';
import { openStore } from '../../../analytics-api/store/open-store.ts';
import { createTestPostgresDatabase, postgresAvailable } from '../../helpers/postgres-database.ts';

export type Engine = AnalyticsStore['engine'];

/** The engines this run can test: SQLite always, PostgreSQL when a cluster is there (else a loud skip, or a failure under KB_REQUIRE_POSTGRES=1). */
export function testedEngines(suite: string): Engine[] {
  return postgresAvailable(suite) ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** The database and store of a describe block on one engine (`useEngineStore`). */
export interface EngineStore {
  readonly database: EngineDatabase;
  readonly store: AnalyticsStore;
}

/**
 * Registers a describe block's hooks: one database on `engine` and one
 * store on it for the block, emptied before each test (unless `resetEach`
 * is false), closed and dropped at the end.
 */
export function useEngineStore(engine: Engine, options: { resetEach?: boolean } = {}): EngineStore {
  let database: EngineDatabase | undefined;
  let store: AnalyticsStore | undefined;
  beforeAll(async () => {
    database = await createEngineDatabase(engine);
    store = await database.open();
  });
  afterAll(async () => {
    await store?.close();
    await database?.close();
  });
  if (options.resetEach ?? true) beforeEach(() => database?.reset());
  const opened = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the engine store is opened in beforeAll: use it inside a test or hook');
    return value;
  };
  return {
    get database() {
      return opened(database);
    },
    get store() {
      return opened(store);
    },
  };
}

export interface EngineDatabase {
  engine: Engine;
  /** What `--db` takes: the file, or the URL. */
  location: string;
  /** Opens a store on it (each call a new one, as another instance would). */
  open(): Promise<AnalyticsStore>;
  /** Deletes every row (stores stay open). */
  reset(): Promise<void>;
  /** Runs SQL that reads the same on both engines. */
  rows<Row = Record<string, unknown>>(sql: string): Promise<Row[]>;
  /** Every byte on disk behind the database, for scans (PostgreSQL: checkpointed first). */
  files(): Promise<Buffer>;
  close(): Promise<void>;
}

const TABLES = ['events', 'daily_article_stats', 'daily_search_stats', 'daily_session_stats', 'daily_dropped_counts', 'contact_requests'];

export async function createEngineDatabase(engine: Engine): Promise<EngineDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-engine-'));
    const file = path.join(dir, 'analytics.db');
    const withRaw = <T>(work: (db: Database.Database) => T): T => {
      const db = new Database(file, { timeout: 5000 });
      try {
        return work(db);
      } finally {
        db.close();
      }
    };
    return {
      engine,
      location: file,
      open: () => openStore(file),
      async reset() {
        withRaw((db) => {
          for (const table of TABLES) db.exec(`DELETE FROM ${table}`);
        });
      },
      async rows<Row>(sql: string) {
        return withRaw((db) => db.prepare(sql).all() as Row[]);
      },
      async files() {
        return Buffer.concat(
          readdirSync(dir)
            .filter((name) => name.startsWith('analytics.db'))
            .map((name) => readFileSync(path.join(dir, name))),
        );
      },
      async close() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const database = await createTestPostgresDatabase('kb_engine');
  return {
    engine,
    location: database.url,
    open: () => openStore(database.url),
    async reset() {
      const present = await database.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'");
      const names = new Set(present.map((row) => row.name));
      const tables = [...TABLES, 'event_ids', 'daily_salts', 'rolled_days'].filter((table) => names.has(table));
      if (tables.length > 0) await database.query(`TRUNCATE ${tables.join(', ')}`);
      if (names.has('events')) await database.query('ALTER SEQUENCE events_id_seq RESTART');
    },
    rows: async <Row>(sql: string) => (await database.query(sql)) as Row[],
    async files() {
      await database.query('CHECKPOINT');
      const dir = database.dataDir;
      if (dir === undefined) throw new Error('the PostgreSQL data folder is not known (an outside server): cannot scan its files');
      // This database's own files, the write-ahead log, the cluster-wide catalogs and the server log.
      const [row] = await database.query<{ oid: number }>('SELECT oid FROM pg_database WHERE datname = current_database()');
      const folders = [path.join(dir, 'base', String(row?.oid)), path.join(dir, 'pg_wal'), path.join(dir, 'global'), path.join(dir, 'pg_xact')];
      const files = [...folders.flatMap(listFiles), path.join(path.dirname(dir), 'server.log')].filter((file) => existsSync(file));
      return Buffer.concat(files.map((file) => readFileSync(file, { flag: 'r' })).filter((bytes) => bytes.length > 0));
    },
    close: () => database.drop(),
  };
}

function listFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir, { withFileTypes: false }) as string[]) {
    const full = path.join(dir, name);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (stat === undefined) continue;
    if (stat.isDirectory()) found.push(...listFiles(full));
    else if (stat.isFile()) found.push(full);
  }
  return found;
}
